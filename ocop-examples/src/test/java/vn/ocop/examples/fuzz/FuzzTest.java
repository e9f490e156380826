package vn.ocop.examples.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.CouncilSpreadException;
import vn.ocop.InvalidSheetException;
import vn.ocop.LimitExceededException;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.pack.PackFormat;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.Packs;

/**
 * Fuzzing in the build: valid sheets, councils and packs (CSV files and the officer's workbook) mutated by
 * jqwik-generated edits (truncation, deleted, repeated and swapped spans, hostile tokens, huge values,
 * formulas, wrong cell types, stray bytes) and fed to the library and the command line. Every input must end
 * in one of the expected outcomes (a result, a clear error of the library's own kinds, exit code 0 or 2) within
 * its time bound: any other exception, an "internal error", exit code 3 or a timeout fails the test and leaves
 * the input in {@code target/fuzz-failures/}.
 *
 * <p>The numbers of inputs are small in the build (a few hundred, about a minute); a longer run multiplies them:
 * {@code ./mvnw -pl ocop-examples verify -Dtest=FuzzTest -Docop.fuzz.factor=20}. Each target prints its
 * outcome classes.
 */
class FuzzTest {
    private static final int FACTOR = Integer.getInteger("ocop.fuzz.factor", 1);
    private static final Path FAILURES = Path.of("target/fuzz-failures");

    @TempDir
    Path dir;

    // ---- mutations ---------------------------------------------------------------------------------------

    /** Tokens that have broken parsers before: structure, extremes, encodings, spreadsheet code. */
    private static final List<String> TOKENS = List.of(
            "\"",
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "null",
            "true",
            "-1",
            "0",
            "1e999999999",
            "NaN",
            "-0",
            "99999999999999999999999999",
            "1.0000000000000000000001",
            "\"1.1\"",
            "\"QD26-01\"",
            "\"+999999999-12-31\"",
            "\uFEFF",
            "\u0000",
            "\\u0000",
            "\u1EE9",
            "\u0301",
            "\uD83D\uDE00",
            "\uD800",
            "[".repeat(5000),
            "\n",
            "\r\n",
            "=1+1",
            "=HYPERLINK(\"http://x\")",
            "@SUM(A1)",
            "\"a\"\"b\"",
            ";",
            "RuleTable x",
            "Import x",
            "x".repeat(40_000),
            "<f>SUM(A1)</f>",
            "t=\"e\"",
            "r=\"XFD1048577\"",
            "<c r=\"A1\"><v>1e308</v></c>",
            "&amp;",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "&e;");

    /** One edit of a text; several are chained. */
    private static Arbitrary<UnaryOperator<String>> edit() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> length = Arbitraries.doubles().between(0, 0.2);
        return Arbitraries.oneOf(
                at.map(a -> s -> s.substring(0, (int) (a * s.length()))), // truncate
                Combinators.combine(at, length).as((a, l) -> s -> { // delete a span
                    int from = (int) (a * s.length());
                    int to = Math.min(s.length(), from + (int) (l * s.length()));
                    return s.substring(0, from) + s.substring(to);
                }),
                Combinators.combine(at, length).as((a, l) -> s -> { // repeat a span
                    int from = (int) (a * s.length());
                    int to = Math.min(s.length(), from + (int) (l * s.length()));
                    return s.substring(0, to) + s.substring(from, to) + s.substring(to);
                }),
                Combinators.combine(at, Arbitraries.of(TOKENS)).as((a, t) -> s -> { // insert a token
                    int i = (int) (a * s.length());
                    return s.substring(0, i) + t + s.substring(i);
                }),
                Combinators.combine(at, Arbitraries.of(TOKENS)).as((a, t) -> s -> { // replace the next word
                    int i = (int) (a * s.length());
                    int j = i;
                    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
                        j++;
                    }
                    return s.substring(0, i) + t + s.substring(j);
                }),
                Combinators.combine(at, at).as((a, b) -> s -> { // swap two lines
                    List<String> lines = new ArrayList<>(s.lines().toList());
                    if (lines.size() < 2) {
                        return s;
                    }
                    int i = (int) (a * (lines.size() - 1));
                    int j = (int) (b * (lines.size() - 1));
                    String x = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, x);
                    return String.join("\n", lines) + "\n";
                }));
    }

    /** {@code text} after one to five edits. */
    private static Arbitrary<String> mutated(String text) {
        return edit().list().ofMinSize(1).ofMaxSize(5).map(edits -> {
            String s = text;
            for (UnaryOperator<String> e : edits) {
                s = e.apply(s);
            }
            return s;
        });
    }

    /** Bytes: the mutated text in UTF-8, sometimes with a stray byte or a UTF-16 rendering. */
    private static Arbitrary<byte[]> mutatedBytes(String text) {
        return Combinators.combine(
                        mutated(text),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.doubles().between(0, 1))
                .as((s, how, at) -> {
                    byte[] b = s.getBytes(how == 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
                    if (how == 1 && b.length > 0) {
                        b[(int) (at * (b.length - 1))] = (byte) 0xC3; // a lead byte without its continuation
                    }
                    return b;
                });
    }

    // ---- bookkeeping -------------------------------------------------------------------------------------

    /** Outcome classes of one target, and the inputs that broke the promise. */
    private static final class Tally {
        final String target;
        final Map<String, Integer> outcomes = new TreeMap<>();
        final List<String> unexpected = new ArrayList<>();

        Tally(String target) {
            this.target = target;
        }

        void count(String outcome) {
            outcomes.merge(outcome, 1, Integer::sum);
        }

        void unexpected(String what, byte[] input, String suffix) {
            try {
                Files.createDirectories(FAILURES);
                Path f = Files.createTempFile(FAILURES, target + "-", suffix);
                Files.write(f, input);
                unexpected.add(what + " (input: " + f + ")");
            } catch (IOException e) {
                unexpected.add(what + " (input not saved: " + e + ")");
            }
        }

        void report() {
            int n = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            System.out.println("fuzz " + target + ": " + n + " inputs, outcomes " + outcomes);
            assertEquals(List.of(), unexpected, target);
            assertTrue(n > 0, target + " tried no input");
        }
    }

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("samples", name), StandardCharsets.UTF_8);
    }

    /** The command line in this JVM: exit code, standard error. */
    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = vn.ocop.examples.cli.OcopCommandTestAccess.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]),
                args);
        return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    }

    // ---- targets -----------------------------------------------------------------------------------------

    @Test
    void mutatedSheetsThroughTheCommandLine() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Tally tally = new Tally("sheets");
        Path file = dir.resolve("sheet.json");
        Arbitraries.of(texts)
                .flatMap(FuzzTest::mutatedBytes)
                .sampleStream()
                .limit(1000L * FACTOR)
                .forEach(bytes -> {
                    try {
                        Files.write(file, bytes);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    String[] r = assertTimeoutPreemptively(
                            Duration.ofSeconds(30), () -> run("score", "--json", file.toString()));
                    switch (r[0]) {
                        case "0" -> tally.count("scored (exit 0)");
                        case "2" ->
                            tally.count(r[1].contains("sheetBytes") ? "over a limit (exit 2)" : "bad input (exit 2)");
                        default -> tally.unexpected("exit " + r[0] + ": " + r[1], bytes, ".json");
                    }
                    if (r[1].contains("internal error") || r[1].contains("\tat ")) {
                        tally.unexpected("internal error: " + r[1], bytes, ".json");
                    }
                });
        tally.report();
    }

    @Test
    void mutatedCouncilsThroughTheApi() throws IOException {
        List<String> members = List.of(
                sample("council/member-1.json"), sample("council/member-2.json"), sample("council/member-3.json"));
        Scorer scorer = Ocop.scorer();
        Tally tally = new Tally("councils");
        Combinators.combine(mutated(members.get(0)), Arbitraries.integers().between(1, 3))
                .as((first, size) -> {
                    Map<String, String> council = new LinkedHashMap<>();
                    council.put("m1", first);
                    for (int i = 1; i < size; i++) {
                        council.put("m" + (i + 1), members.get(i));
                    }
                    return council;
                })
                .sampleStream()
                .limit(300L * FACTOR)
                .forEach(council -> {
                    try {
                        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> scorer.scoreCouncilJson(council));
                        tally.count("scored");
                    } catch (InvalidSheetException e) {
                        tally.count("invalid sheet");
                    } catch (CouncilSpreadException e) {
                        tally.count("spread over its limit");
                    } catch (LimitExceededException e) {
                        tally.count("over a limit");
                    } catch (RuntimeException | Error e) {
                        tally.unexpected(e.toString(), council.get("m1").getBytes(StandardCharsets.UTF_8), ".json");
                    }
                });
        tally.report();
    }

    /** Loads (validates) a pack; its outcome class. */
    private static void validate(Tally tally, Path pack, byte[] input, String suffix) {
        try {
            var report = assertTimeoutPreemptively(
                    Duration.ofSeconds(120), () -> Packs.validate(pack, PackOptions.defaults()));
            tally.count(report.valid() ? "valid" : "refused with problems");
            if (!report.valid() && report.problems().isEmpty()) {
                tally.unexpected("refused without a problem", input, suffix);
            }
        } catch (LimitExceededException e) {
            tally.count("over a limit");
        } catch (RuntimeException | Error e) {
            tally.unexpected(e.toString(), input, suffix);
        }
    }

    @Test
    void mutatedPackCsvFiles() throws IOException {
        Path source = Path.of("packs/lam-dong");
        List<String> files = List.of("pack.csv", "sets/QD26-01.csv", "sets/LD26-01.csv");
        Tally tally = new Tally("pack-csv");
        int[] n = {0};
        Combinators.combine(Arbitraries.of(files), Arbitraries.integers().between(0, 1_000_000))
                .flatAs((file, seed) -> {
                    try {
                        return mutated(Files.readString(source.resolve(file), StandardCharsets.UTF_8))
                                .map(text -> Map.entry(file, text));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .sampleStream()
                .limit(30L * FACTOR)
                .forEach(change -> {
                    try {
                        Path pack = dir.resolve("csv-" + n[0]++);
                        vn.ocop.examples.TestFiles.copyTree(source, pack);
                        // a lone surrogate becomes '?': what an editor saving UTF-8 would write
                        byte[] bytes = change.getValue().getBytes(StandardCharsets.UTF_8);
                        Files.write(pack.resolve(change.getKey()), bytes);
                        validate(tally, pack, bytes, ".csv");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        tally.report();
    }

    @Test
    void mutatedWorkbooks() throws IOException {
        Path export = dir.resolve("export");
        Packs.export("QD-26-2026", export, PackFormat.XLSX);
        byte[] workbook = Files.readAllBytes(export.resolve("pack.xlsx"));
        Map<String, byte[]> parts = unzip(workbook);
        List<String> sheets = parts.keySet().stream()
                .filter(k -> k.startsWith("xl/worksheets/") || k.equals("xl/sharedStrings.xml"))
                .sorted()
                .toList();
        Tally tally = new Tally("workbook");
        int[] n = {0};
        Arbitraries.of(sheets)
                .flatMap(part -> Arbitraries.oneOf(
                        mutated(new String(parts.get(part), StandardCharsets.UTF_8))
                                .map(xml -> rezip(parts, part, xml.getBytes(StandardCharsets.UTF_8))),
                        Arbitraries.doubles()
                                .between(0, 1)
                                .map(a -> java.util.Arrays.copyOf(
                                        workbook, (int) (a * workbook.length))))) // a truncated file
                .sampleStream()
                .limit(20L * FACTOR)
                .forEach(bytes -> {
                    try {
                        Path xlsx = dir.resolve("wb-" + n[0]++ + ".xlsx");
                        Files.write(xlsx, bytes);
                        validate(tally, xlsx, bytes, ".xlsx");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        tally.report();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] rezip(Map<String, byte[]> parts, String changed, byte[] content) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getKey().equals(changed) ? content : e.getValue());
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
