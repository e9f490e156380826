package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process with captured streams. */
class OcopCommandTest {
    static final String POMELO = "samples/qd26-01-buoi-da-xanh.json";

    record Run(int code, String out, String err) {}

    static Run run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static Run run(java.io.InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new OcopCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        stdin)
                .run(args);
        Run r = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        return r;
    }

    @Test
    void scorePrintsAReadableTable() {
        Run r = run("", "score", POMELO);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Bưởi da xanh · QD26-01 Rau, củ, quả, hạt tươi"), r.out());
        assertTrue(r.out().contains("total      75 / 100   band 4★   final 3★   OCOP product: yes"), r.out());
        assertTrue(r.out().contains("failed 4★ minimums: 1.5 needs 2 (option 3), has 1"), r.out());
    }

    @Test
    void scoreJsonKeepsTheContractFieldNames() throws Exception {
        Run r = run("", "score", "--json", POMELO);
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode j = new ObjectMapper().readTree(lines[0]);
        assertEquals("QD26-01", j.get("criteriaSet").asText());
        assertEquals("QD-26-2026", j.get("edition").asText());
        assertEquals(3, j.get("criteria").get("1.1").asInt());
        assertEquals(1, j.get("criteria").get("2.4").asInt());
        assertEquals(32, j.get("parts").get("A").asInt());
        assertEquals(18, j.get("parts").get("B").asInt());
        assertEquals(25, j.get("parts").get("C").asInt());
        assertEquals(75, j.get("total").asInt());
        assertEquals(4, j.get("bandStars").asInt());
        assertEquals(3, j.get("stars").asInt());
        assertTrue(j.get("ocopProduct").asBoolean());
        JsonNode failed4 = j.get("failedMinimums").get("4").get(0);
        assertEquals("1.5", failed4.get("criterion").asText());
        assertEquals(2, failed4.get("required").asInt());
        assertEquals(1, failed4.get("actual").asInt());
        assertEquals(3, j.get("failedMinimums").get("5").size());
        assertEquals(0, j.get("failedMinimums").get("3").size());
    }

    @Test
    void standardInputIsReadAsJsonLinesAndBadLinesAreNamed() throws Exception {
        String good = Files.readString(Path.of(POMELO), StandardCharsets.UTF_8).replace("\n", " ");
        String bad = "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": \"three\"}}";
        Run r = run(good + "\n\n" + bad + "\n", "score", "--json", "-");
        assertEquals(2, r.code());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals(75, new ObjectMapper().readTree(lines[0]).get("total").asInt());
        JsonNode error = new ObjectMapper().readTree(lines[1]);
        assertEquals("<stdin>:3", error.get("source").asText());
        assertEquals(
                "$.answers[\"1.1\"]", error.get("errors").get(0).get("path").asText());
        assertTrue(r.err().contains("ocop: <stdin>:3: "), r.err());
        assertTrue(
                r.err()
                        .contains("$.answers[\"1.1\"]: expected an option position (a whole number), true/false, or"
                                + " {\"case\": …, \"option\": …}, but found the string \"three\""),
                r.err());
        assertTrue(r.err().contains("$.answers[\"1.2\"]: missing answer for criterion 1.2"), r.err());
    }

    @Test
    void malformedJsonNamesTheFileAndPosition(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"criteriaSet\": \"QD26-01\",\n \"answers\": {\"1.1\": 3,}}");
        Run r = run("", "score", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ocop: " + f + ": 1 problem\n  $: not valid JSON at line 2, column"), r.err());
    }

    @Test
    void aMissingFileIsBadInput() {
        Run r = run("", "score", "no-such-sheet.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-sheet.json: 1 problem\n  $: no such file"), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("", "rate", POMELO).code());
        assertEquals(2, run("", "score").code());
        assertEquals(2, run("", "score", "--marker-policy", "LENIENT", POMELO).code());
        assertEquals(2, run("").code());
        assertEquals(0, run("", "--help").code());
        Run unknownOption = run("", "score", "--quorum", "3", POMELO);
        assertEquals(2, unknownOption.code());
        assertTrue(unknownOption.err().contains("Unknown option: '--quorum'"), unknownOption.err());
        assertTrue(
                unknownOption.err().contains("Usage: ocop score"),
                "the command's usage follows: " + unknownOption.err());
        Run noCommand = run("");
        assertTrue(noCommand.err().contains("missing command: choose one of score, council, advise"), noCommand.err());
        assertEquals(2, run("", "council", "--quorum", "-1", POMELO).code());
        assertEquals(2, run("", "council", "--far-from-mean", "-1", POMELO).code());
        assertEquals(2, run("", "council").code(), "no sheets and no sitting");
        assertEquals(2, run("", "score", "--trust-drl", POMELO).code());
    }

    @Test
    void helpIsGeneratedForEveryCommandAndNamesTheExitCodes() {
        Run top = run("", "--help");
        for (String command : List.of(
                "score",
                "council",
                "advise",
                "report",
                "catalogue",
                "export-pack",
                "validate",
                "impact",
                "generate-completion")) {
            assertTrue(top.out().contains("  " + command), command + " is listed: " + top.out());
            Run help = run("", "help", command);
            assertEquals(0, help.code(), help.err());
            assertTrue(help.out().startsWith("Usage: ocop " + command), help.out());
        }
        assertTrue(top.out().contains("Exit codes:") && top.out().contains("3   an internal error"), top.out());
        Run completion = run("", "generate-completion");
        assertEquals(0, completion.code(), completion.err());
        assertTrue(
                completion.out().contains("complete -F") && completion.out().contains("export-pack"),
                "a bash completion script naming the commands");
    }

    @Test
    void reportOnlyPolicyFromTheCommandLine() {
        Run r = run("", "score", "--marker-policy", "REPORT_ONLY", POMELO);
        assertTrue(r.out().contains("band 4★   final 4★"), r.out());
    }

    /**
     * samples/council: three members scoring the QD26-01 pomelo. Member 1 is the bundled sheet (75);
     * member 2 raises 1.5 to its 3rd option (+1: 76); member 3 raises 4.3 to its 5th option (3 → 5: 77).
     * Mean total 76: band 4★. Mean of 1.5 = (1 + 2 + 1) / 3 = 1.33… below its 4★ marker (2): 3★.
     */
    @Test
    void councilScoresTheMembersOnTheirMeans() throws Exception {
        Run r = run(
                "",
                "council",
                "--json",
                "samples/council/member-1.json",
                "samples/council/member-2.json",
                "samples/council/member-3.json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(76, j.get("total").asInt());
        assertEquals(4, j.get("bandStars").asInt());
        assertEquals(3, j.get("stars").asInt());
        assertTrue(r.out().contains("\"1.5\":1.333333333333333333333333333333333"), "exact to 34 digits: " + r.out());
        assertEquals(
                "1.5", j.get("failedMinimums").get("4").get(0).get("criterion").asText());
        assertEquals(2, j.get("council").get("spread").asInt());
        assertEquals(3, j.get("council").get("members").size());
        assertEquals(
                "Chủ tịch UBND cấp tỉnh", j.get("recognition").get("authority").asText());
        assertEquals("2029-10-20", j.get("recognition").get("expires").asText());
        Run table = run("", "council", "samples/council/member-1.json", "samples/council/member-2.json");
        assertTrue(
                table.out()
                        .contains("members: samples/council/member-1.json 75 (3★), samples/council/member-2.json"
                                + " 76 (4★)"),
                table.out());
    }

    /**
     * samples/council/sitting.json: the three members above as chair and two members, a secretary and an expert
     * without sheets. Scoring seats 3 (the expert does not score by default), scored 3: complete, the same mean
     * 76 and 3★. Asking for a quorum of 4 makes it incomplete: the result is printed and the exit code is 1.
     */
    @Test
    void aSittingIsScoredWithItsSeatsAndAnIncompleteOneIsAFailedCheck() throws Exception {
        Run r = run("", "council", "--json", "--sitting", "samples/council/sitting.json");
        assertEquals(0, r.code(), r.err());
        JsonNode c = new ObjectMapper().readTree(r.out());
        assertEquals(76, c.get("total").asInt());
        assertEquals(3, c.get("stars").asInt());
        JsonNode council = c.get("council");
        assertEquals("3 of 3", council.get("completion").asText());
        assertTrue(council.get("complete").asBoolean());
        assertEquals("PROVINCE", council.get("level").asText());
        assertEquals("EXACT", council.get("rounding").asText());
        assertEquals(5, council.get("seats").size());
        assertEquals("SECRETARY", council.get("seats").get(1).get("role").asText());
        assertEquals("NOT_SCORING", council.get("seats").get(1).get("status").asText());
        assertEquals("Lê Văn Hùng", council.get("members").get(1).get("id").asText());
        Run incomplete = run("", "council", "--sitting", "samples/council/sitting.json", "--quorum", "4");
        assertEquals(1, incomplete.code(), "an incomplete council is a failed check");
        assertTrue(incomplete.out().contains("completion 3 of 3: INCOMPLETE (4 required)"), incomplete.out());
        assertTrue(
                incomplete
                        .err()
                        .contains("ocop: the council is incomplete (3 of 3 scoring members scored, 4"
                                + " required): the result cannot be published"),
                incomplete.err());
        Run experts = run("", "council", "--json", "--sitting", "samples/council/sitting.json", "--experts-score");
        assertEquals(1, experts.code(), "the expert now scores and is absent");
        assertEquals(
                "3 of 4",
                new ObjectMapper()
                        .readTree(experts.out())
                        .get("council")
                        .get("completion")
                        .asText());
        Run rounded =
                run("", "council", "--json", "--sitting", "samples/council/sitting.json", "--rounding", "TOTAL_2DP");
        assertEquals(0, rounded.code(), rounded.err());
        assertTrue(rounded.out().contains("\"total\":76.00,"), "published to two decimals: " + rounded.out());
        Run bad = run("", "council", "--sitting", "-");
        assertEquals(2, bad.code(), bad.err());
        Run both = run("", "council", "--sitting", "samples/council/sitting.json", "samples/council/member-1.json");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("give either --sitting or the members' sheet files, not both"), both.err());
    }

    @Test
    void councilRefusesAWideSpreadWhenAsked() {
        Run r = run(
                "",
                "council",
                "--max-spread",
                "1",
                "--spread-policy",
                "ERROR",
                "samples/council/member-1.json",
                "samples/council/member-3.json");
        assertEquals(1, r.code(), "a council over its spread limit is a failed check, not bad input");
        assertTrue(
                r.err()
                        .contains("ocop: council: one pair of members' totals lies more than 1 points apart:"
                                + " samples/council/member-3.json and samples/council/member-1.json (2)"
                                + " (totals from 75 to 77)"),
                r.err());
    }

    @Test
    void editionOptionAppliesToSheetsWithoutOne() {
        Run conflict = run("", "score", "--edition", "QD-148-2023", POMELO);
        assertEquals(2, conflict.code());
        assertTrue(
                conflict.err()
                        .contains("$.edition: the sheet names edition QD-26-2026 but the caller asked for"
                                + " QD-148-2023"),
                conflict.err());
        assertEquals(2, run("", "score", "--edition", "QD-2099", POMELO).code());
        String byNumber = "{\"criteriaSet\": \"1\", \"answers\": {}}";
        Run r = run(byNumber + "\n", "score", "--edition", "QD-1048-2019", "-");
        assertTrue(r.err().contains("$.answers[\"3.2\"]: missing answer for criterion 3.2"), r.err());
    }

    @Test
    void adviseJsonKeepsTheContractNames() throws Exception {
        Run r = run("", "advise", "--json", "samples/qd26-26-du-lich-cong-dong.json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode five = j.get("targets").get(0);
        assertEquals(5, five.get("stars").asInt());
        assertTrue(five.get("changes").size() > 0);
        for (JsonNode ch : five.get("changes")) {
            assertTrue(ch.has("criterion") && ch.get("option").isInt(), ch.toString());
            if (List.of("8", "9", "15").contains(ch.get("criterion").asText())) {
                assertTrue(ch.get("case").isTextual(), "case criteria name their case: " + ch);
            }
        }
    }

    @Test
    void catalogueListsEditionsCategoriesAndSets() throws Exception {
        Run r = run("", "catalogue");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().contains("QD-26-2026  26/2026/QĐ-TTg  in force from 2026-05-22  (26 criteria sets)"), r.out());
        assertTrue(
                r.out().contains("VI  Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"), r.out());
        assertTrue(r.out().contains("→ QD26-26"), r.out());
        JsonNode j = new ObjectMapper().readTree(run("", "catalogue", "--json").out());
        assertEquals(26, j.get("editions").get(0).get("sets").size());
        assertEquals(6, j.get("editions").get(0).get("classification").size());
        Run set = run("", "catalogue", "QD26-26");
        assertTrue(set.out().contains("case a: Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp"), set.out());
        assertEquals(2, run("", "catalogue", "QD26-99").code());
    }
}
