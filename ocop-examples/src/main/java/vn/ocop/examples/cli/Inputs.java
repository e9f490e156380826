package vn.ocop.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.SheetProblem;

/** Reads the sheets a command is given: a file holds one sheet; {@code -} is JSON Lines on standard input. */
final class Inputs {
    private Inputs() {}

    /** A sheet to score: where it came from and its JSON. */
    record Input(String source, String json) {}

    /** A file that cannot be read, as the sheet problem the command reports. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SheetProblem problem;

        UnreadableException(IOException cause) {
            super(cause);
            problem = new SheetProblem(
                    SheetProblem.Code.UNREADABLE,
                    "$",
                    cause instanceof NoSuchFileException ? "no such file" : "cannot read: " + cause.getMessage());
        }

        SheetProblem problem() {
            return problem;
        }
    }

    static List<Input> read(String file, InputStream in) throws UnreadableException {
        try {
            List<Input> inputs = new ArrayList<>();
            if (file.equals("-")) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int n = 0;
                while ((line = reader.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        inputs.add(new Input("<stdin>:" + n, line));
                    }
                }
                return inputs;
            }
            inputs.add(new Input(file, Files.readString(Path.of(file), StandardCharsets.UTF_8)));
            return inputs;
        } catch (IOException e) {
            throw new UnreadableException(e);
        }
    }
}
