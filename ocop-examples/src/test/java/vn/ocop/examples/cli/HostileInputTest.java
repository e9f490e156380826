package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile or careless input gets from the command line: a clear error naming the file (and the JSON
 * path, or the limit and its setting), exit code 2, never a stack trace (checked by {@link OcopCommandTest#run})
 * and never a hang.
 */
class HostileInputTest {
    private static final String SAMPLE = "samples/qd26-01-buoi-da-xanh.json";

    @TempDir
    Path dir;

    private static String sample() throws IOException {
        ObjectMapper m = new ObjectMapper();
        return m.writeValueAsString(m.readTree(Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8)));
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textAfterTheSheetIsBadInput() throws IOException {
        Path p = file("two.json", sample() + "\n{\"criteriaSet\": \"QD26-01\"}\n");
        OcopCommandTest.Run r = OcopCommandTest.run("", "score", p.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("$: text after the sheet's JSON object at line 2, column 1"), r.err());
    }

    @Test
    void datesOutsideTheSaneRangeAreBadInputNotInternalErrors() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode far = (ObjectNode) m.readTree(sample());
        far.put("recognitionDate", "+999999999-12-31");
        OcopCommandTest.Run r = OcopCommandTest.run(
                "", "score", file("far.json", m.writeValueAsString(far)).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(
                r.err().contains("$.recognitionDate: the date +999999999-12-31 lies outside 1900-01-01 to 2200-12-31"),
                r.err());
        // a set number makes the filing date choose the edition: the date is refused before it is used
        ObjectNode filed = (ObjectNode) m.readTree(sample());
        filed.put("criteriaSet", "1");
        filed.remove("edition");
        filed.put("filingDate", "+999999999-12-31");
        r = OcopCommandTest.run(
                "", "score", file("filed.json", m.writeValueAsString(filed)).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("$.filingDate: the date"), r.err());
        ObjectNode early = (ObjectNode) m.readTree(sample());
        early.put("evaluationDate", "1899-12-31");
        r = OcopCommandTest.run(
                "", "score", file("early.json", m.writeValueAsString(early)).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("$.evaluationDate: the date 1899-12-31"), r.err());
    }

    @Test
    void anEndlessFileStopsAtTheSheetLimit() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        OcopCommandTest.Run r = OcopCommandTest.run("", "score", "/dev/zero");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("/dev/zero: more than the limit sheetBytes = 1048576 bytes"), r.err());
    }

    @Test
    void jsonLinesAreReadLineByLineAndALongLineIsReportedAlone() throws IOException {
        String sheet = sample();
        String stdin = sheet + "\n" + "x".repeat(30_000) + "\n" + sheet + "\n";
        OcopCommandTest.Run r = OcopCommandTest.run(stdin, "score", "--json", "--limit", "sheetBytes=20000", "-");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("<stdin>:2: more than the limit sheetBytes = 20000 bytes"), r.err());
        assertEquals(3, r.out().lines().count(), "two results and one error object: " + r.out());
        assertTrue(r.out().lines().skip(2).findFirst().orElseThrow().contains("\"total\""), r.out());
    }

    @Test
    void utf16AndBrokenUtf8AreNamedAsSuch() throws IOException {
        Path utf16 = file("utf16.json", sample().getBytes(StandardCharsets.UTF_16));
        OcopCommandTest.Run r = OcopCommandTest.run("", "score", utf16.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("the file is UTF-16"), r.err());
        r = OcopCommandTest.run(
                "",
                "score",
                file("utf32.json", sample().getBytes(java.nio.charset.Charset.forName("UTF-32LE")))
                        .toString());
        assertEquals(2, r.code(), r.err());
        byte[] bom = ("\uFEFF" + sample()).getBytes(StandardCharsets.UTF_8);
        r = OcopCommandTest.run("", "score", file("bom.json", bom).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("starts with a UTF-8 byte-order mark (EF BB BF)"), r.err());
        byte[] utf32 = new byte[4 + 8];
        utf32[0] = (byte) 0xFF;
        utf32[1] = (byte) 0xFE;
        utf32[4] = '{';
        r = OcopCommandTest.run("", "score", file("utf32bom.json", utf32).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("the file is UTF-32"), r.err());
        byte[] latin1 = "{\"criteriaSet\": \"QD26-01\", \"product\": {\"name\": \"Bưởi\"}}"
                .replace("ư", "u")
                .replace("ở", "\u00f6")
                .getBytes(StandardCharsets.ISO_8859_1);
        r = OcopCommandTest.run("", "score", file("latin1.json", latin1).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("not UTF-8: the byte at offset 50 (0xF6)"), r.err());
    }

    @Test
    void longProblemListsAreCappedAndCounted() throws IOException {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            answers.append(i == 0 ? "" : ",").append("\"x").append(i).append("\": 1");
        }
        Path p = file("many.json", "{\"criteriaSet\": \"QD26-01\", \"answers\": {" + answers + "}}");
        OcopCommandTest.Run r = OcopCommandTest.run("", "score", "--json", "--limit", "problems=5", p.toString());
        assertEquals(2, r.code(), r.err());
        long listed = r.err().lines().filter(l -> l.startsWith("  $")).count();
        assertEquals(5, listed, r.err());
        assertTrue(r.err().matches("(?s).*… and \\d+ more \\(--limit problems=N lists more\\).*"), r.err());
        assertTrue(r.out().contains("\"more\":"), r.out());
    }

    @Test
    void aLimitIsNamedAndCheckedLikeAnyOption() {
        OcopCommandTest.Run r = OcopCommandTest.run("", "--limit", "size=3", "score", SAMPLE);
        assertEquals(2, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains(
                                "unknown limit 'size' (the limits are sheetBytes, sittingBytes, councilMembers, batchSheets, portfolioProducts"),
                r.err());
        r = OcopCommandTest.run("", "score", "--limit", "sheetBytes=0", SAMPLE);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("limit sheetBytes must lie between 1 and 2147483638: 0"), r.err());
        r = OcopCommandTest.run("", "score", "--limit", "sheetBytes=9223372036854775807", SAMPLE);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("limit sheetBytes must lie between 1 and 2147483638"), r.err());
        r = OcopCommandTest.run("", "score", "--limit", "sheetBytes=100", SAMPLE);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("more than the limit sheetBytes = 100 bytes"), r.err());
    }

    @Test
    void aCouncilLargerThanTheLimitIsRefused() {
        OcopCommandTest.Run r = OcopCommandTest.run(
                "",
                "council",
                "--limit",
                "councilMembers=2",
                "samples/council/member-1.json",
                "samples/council/member-2.json",
                "samples/council/member-3.json");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("council: more than the limit councilMembers = 2 sheets"), r.err());
    }

    @Test
    void extremeSpreadsAreUsageErrorsNotInternalOnes() {
        for (String spread : java.util.List.of("1e-2147483647", "1e2147483647", "1e-99999999", "1001")) {
            OcopCommandTest.Run r = OcopCommandTest.run(
                    "",
                    "council",
                    "--max-spread=" + spread,
                    "--spread-policy=ERROR",
                    "samples/council/member-1.json",
                    "samples/council/member-2.json");
            assertEquals(2, r.code(), spread + ": " + r.err());
            assertTrue(r.err().contains("--max-spread needs a number of points from 0 to 1000"), r.err());
            assertTrue(r.err().length() < 5_000, "a short message, not the number written out");
        }
    }

    /** Standard input that repeats {@code pattern} forever. */
    private static java.io.InputStream endless(byte[] pattern) {
        return new java.io.InputStream() {
            private long n;

            @Override
            public int read() {
                return pattern[(int) (n++ % pattern.length)] & 0xFF;
            }
        };
    }

    /** The command on endless standard input: it must end, within {@code seconds}. */
    private static OcopCommandTest.Run runEndless(byte[] pattern, int seconds, String... args) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(seconds), () -> OcopCommandTest.run(endless(pattern), args));
    }

    @Test
    void standardInputThatEndsNoLineIsNotReadForever() {
        OcopCommandTest.Run r = runEndless(new byte[] {0}, 60, "score", "--limit", "sheetBytes=10000", "-");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("<stdin>:1: more than the limit sheetBytes = 10000 bytes"), r.err());
        assertTrue(r.err().contains("standard input is not read further"), r.err());
    }

    @Test
    void aCouncilFromStandardInputStopsReadingAtTheMemberLimit() {
        OcopCommandTest.Run r = runEndless("{}\n".getBytes(StandardCharsets.UTF_8), 60, "council", "-");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("council: more than the limit councilMembers = 100 sheets"), r.err());
    }

    @Test
    void aReportOrImpactFromEndlessStandardInputStopsAtTheBatchLimit() throws IOException {
        byte[] sheet = (sample() + "\n").getBytes(StandardCharsets.UTF_8);
        for (String[] args : java.util.List.of(
                new String[] {"report", "--html=" + dir.resolve("r.html"), "--limit", "batchSheets=50", "-"},
                new String[] {"impact", "--pack=packs/lam-dong", "--limit", "batchSheets=50", "-"})) {
            OcopCommandTest.Run r = runEndless(sheet, 120, args);
            assertEquals(2, r.code(), args[0] + ": " + r.err());
            assertTrue(r.err().contains(": more than the limit batchSheets = 50 sheets"), r.err());
        }
    }

    @Test
    void textFromASheetCannotDriveTheTerminal() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode s = (ObjectNode) m.readTree(sample());
        ((ObjectNode) s.get("product")).put("name", "Bưởi\u001b]0;owned\u0007 \u202eevil");
        s.put("id", "x\u001b[2J");
        OcopCommandTest.Run r = OcopCommandTest.run(
                "", "score", file("esc.json", m.writeValueAsString(s)).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Bưởi\\u001B]0;owned\\u0007 \\u202Eevil"), r.out());
        assertTrue(r.out().chars().noneMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E), r.out());
        s.put("answers", m.createObjectNode().put("\u001b[31m1.1", 1));
        r = OcopCommandTest.run(
                "", "score", file("esc2.json", m.writeValueAsString(s)).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().chars().noneMatch(c -> c == 0x1B), r.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnErrorNotSuccess() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = OcopCommandTestAccess.run(
                new java.io.PrintStream(full, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                new java.io.ByteArrayInputStream(new byte[0]),
                "score",
                SAMPLE);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(3, code, message);
        assertTrue(message.contains("ocop: cannot write the output"), message);
    }
}
