package vn.ocop.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.ocop.Limit;
import vn.ocop.LimitExceededException;
import vn.ocop.Limits;
import vn.ocop.SheetProblem;

/**
 * Reads the sheets a command is given: a file holds one sheet; {@code -} is JSON Lines on standard input,
 * handed on line by line as it is read. Nothing larger than {@link Limit#SHEET_BYTES} is kept (a file, or one
 * line), and the bytes must be UTF-8 whatever the JVM's default charset: anything else is named.
 */
final class Inputs {
    private Inputs() {}

    /**
     * A sheet to score: where it came from and its JSON, or the problem that kept it from being read (a line of
     * standard input that is too long or not UTF-8; the lines after it are still read).
     */
    record Input(String source, String json, SheetProblem problem) {
        static Input bad(String source, SheetProblem problem) {
            return new Input(source, "", problem);
        }
    }

    /** A file that cannot be read, as the sheet problem the command reports. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SheetProblem problem;

        UnreadableException(SheetProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        SheetProblem problem() {
            return problem;
        }
    }

    /** Every input of the file, in a list (for councils and reports, which need them all). */
    static List<Input> read(String file, InputStream in, Limits limits) throws UnreadableException {
        List<Input> inputs = new ArrayList<>();
        forEach(file, in, limits, inputs::add);
        return inputs;
    }

    /** Hands each input of the file to {@code action} as soon as it is read. */
    static void forEach(String file, InputStream in, Limits limits, Consumer<Input> action) throws UnreadableException {
        long max = limits.get(Limit.SHEET_BYTES);
        if (file.equals("-")) {
            lines(in, max, action);
            return;
        }
        action.accept(new Input(file, document(file, in, limits, Limit.SHEET_BYTES), null));
    }

    /**
     * One whole document (a sheet, a council sitting): the file, or all of standard input for {@code -}, read
     * within {@code limit} and decoded as strict UTF-8.
     */
    static String document(String file, InputStream in, Limits limits, Limit limit) throws UnreadableException {
        byte[] bytes = bytes(file, in, limits, limit);
        try {
            return decode(bytes);
        } catch (CharacterCodingException e) {
            throw new UnreadableException(problem(SheetProblem.Code.UNREADABLE, notUtf8(bytes, e)));
        }
    }

    /** The bytes of a file, or of all of standard input for {@code -}, read within {@code limit}. */
    static byte[] bytes(String file, InputStream in, Limits limits, Limit limit) throws UnreadableException {
        long max = limits.get(limit);
        byte[] bytes;
        try (InputStream s = file.equals("-") ? in : Files.newInputStream(Path.of(file))) {
            bytes = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (NoSuchFileException e) {
            throw new UnreadableException(problem(SheetProblem.Code.UNREADABLE, "no such file"));
        } catch (IOException e) {
            throw new UnreadableException(problem(SheetProblem.Code.UNREADABLE, "cannot read: " + e.getMessage()));
        }
        if (bytes.length > max) {
            throw new UnreadableException(tooLarge(file, max, limit));
        }
        return bytes;
    }

    /**
     * JSON Lines: each line bounded; a bad line is reported and the next one read. The rest of a line over the
     * limit is skipped, but only up to the limit again: a stream that ends no line (/dev/zero) is not read
     * further.
     */
    private static void lines(InputStream in, long max, Consumer<Input> action) throws UnreadableException {
        lines(in, "<stdin>", max, action);
    }

    /**
     * A JSON Lines file ({@code -}: standard input), line by line as it is read: each line within {@code limit}
     * (sources {@code FILE:LINE}).
     */
    static void jsonLines(String file, InputStream in, Limits limits, Limit limit, Consumer<Input> action)
            throws UnreadableException {
        long max = limits.get(limit);
        if (file.equals("-")) {
            lines(in, "<stdin>", max, action);
            return;
        }
        try (InputStream s = Files.newInputStream(Path.of(file))) {
            lines(s, file, max, action);
        } catch (NoSuchFileException e) {
            throw new UnreadableException(problem(SheetProblem.Code.UNREADABLE, "no such file"));
        } catch (IOException e) {
            throw new UnreadableException(problem(SheetProblem.Code.UNREADABLE, "cannot read: " + e.getMessage()));
        }
    }

    private static void lines(InputStream in, String name, long max, Consumer<Input> action)
            throws UnreadableException {
        BufferedInputStream s = new BufferedInputStream(in);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int n = 1;
        boolean tooLong = false;
        long skipped = 0;
        try {
            for (int b = s.read(); ; b = s.read()) {
                if (tooLong && b != '\n' && b != -1 && ++skipped > max) {
                    String source = name + ":" + n;
                    SheetProblem p = tooLarge(source, max);
                    action.accept(Input.bad(
                            source,
                            new SheetProblem(
                                    p.code(),
                                    p.path(),
                                    p.message() + "; no line end follows within as many bytes again, so "
                                            + (name.equals("<stdin>") ? "standard input" : name)
                                            + " is not read further")));
                    return;
                }
                if (b == '\n' || b == -1) {
                    String source = name + ":" + n;
                    if (tooLong) {
                        action.accept(Input.bad(source, tooLarge(source, max)));
                    } else if (line.size() > 0) {
                        byte[] bytes = line.toByteArray();
                        try {
                            String text = decode(bytes);
                            if (!text.isBlank()) {
                                action.accept(new Input(source, text, null));
                            }
                        } catch (CharacterCodingException e) {
                            action.accept(Input.bad(source, problem(SheetProblem.Code.UNREADABLE, notUtf8(bytes, e))));
                        }
                    }
                    if (b == -1) {
                        return;
                    }
                    line.reset();
                    tooLong = false;
                    skipped = 0;
                    n++;
                } else if (!tooLong) {
                    line.write(b);
                    if (line.size() > max) {
                        tooLong = true; // the rest of the line is skipped, not kept
                        line.reset();
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableException(problem(
                    SheetProblem.Code.UNREADABLE,
                    "cannot read " + (name.equals("<stdin>") ? "standard input" : name) + ": " + e.getMessage()));
        }
    }

    /**
     * The bytes as UTF-8 text; a UTF-8 byte-order mark (which some editors write) is named, since JSON text
     * must not begin with one.
     */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            throw new BomException();
        }
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** A UTF-8 byte-order mark at the start. */
    private static final class BomException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
    }

    /** What is wrong with bytes that are not UTF-8, in words a person saving the file can act on. */
    private static String notUtf8(byte[] bytes, CharacterCodingException e) {
        if (e instanceof BomException) {
            return "the file starts with a UTF-8 byte-order mark (EF BB BF), which JSON does not allow: save it as"
                    + " UTF-8 without BOM";
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return "the file is UTF-32 (it starts with a UTF-32 byte-order mark): save it as UTF-8";
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return "the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8";
        }
        int offset = firstMalformed(bytes);
        return "not UTF-8: the byte at offset " + offset + " (0x" + String.format("%02X", bytes[offset] & 0xFF)
                + ") starts no UTF-8 character; save the file as UTF-8 (a sheet is JSON text in UTF-8)";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first byte that is not UTF-8: where the decoder stops. */
    private static int firstMalformed(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return r.isError() ? Math.min(in.position(), bytes.length - 1) : 0;
    }

    private static SheetProblem tooLarge(String source, long max) {
        return tooLarge(source, max, Limit.SHEET_BYTES);
    }

    private static SheetProblem tooLarge(String source, long max, Limit limit) {
        return problem(
                SheetProblem.Code.LIMIT_EXCEEDED, new LimitExceededException(limit, max + 1, max, source).getMessage());
    }

    private static SheetProblem problem(SheetProblem.Code code, String message) {
        return new SheetProblem(code, "$", message);
    }
}
