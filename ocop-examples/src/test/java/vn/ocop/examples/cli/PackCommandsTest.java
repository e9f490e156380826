package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.examples.cli.OcopCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.examples.cli.OcopCommandTest.Run;

/** The pack commands, on the example pack of ocop-examples/packs/lam-dong. */
class PackCommandsTest {
    static final String PACK = "packs/lam-dong";
    static final String LOCAL = "samples/packs/ld26-01-ca-phe-cau-dat.json";
    static final String TWIN = "samples/packs/qd26-13-ca-phe-cau-dat.json";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static JsonNode json(String line) throws IOException {
        return JSON.readTree(line);
    }

    Path copyOfExample() throws IOException {
        Path copy = dir.resolve("lam-dong");
        try (Stream<Path> files = Files.walk(Path.of(PACK))) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(Path.of(PACK).relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return copy;
    }

    @Test
    void validateSummarisesWhatTheExamplePackChanges() {
        Run r = run("", "validate", PACK);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("is valid: Lâm Đồng OCOP 2026 (example) 2026.1 (sha256:"), r.out());
        assertTrue(r.out().contains("OPTION_CHANGED QD26-01 1.5: option 2: 1 points"), r.out());
        assertTrue(r.out().contains("→ 1.5 points"), r.out());
        assertTrue(r.out().contains("SET_ADDED LD26-01: new set 101"), r.out());
        assertTrue(r.out().contains("MARKER_CHANGED") == false, "LD26-01 is new, so its marker is not a change");
    }

    @Test
    void validateListsEveryProblemWithFileLineAndCellAndExitsOne() throws IOException {
        Path copy = copyOfExample();
        Path set = copy.resolve("sets/QD26-01.csv");
        Files.writeString(
                set,
                Files.readString(set, StandardCharsets.UTF_8).replace("Group,1,,,18,", "Group,1,,,17,"),
                StandardCharsets.UTF_8);
        Run r = run("", "validate", copy.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("is INVALID: 2 problems"), r.out());
        assertTrue(
                r.out()
                        .contains("sets/QD26-01.csv:10 (cell E10): group 1 has maximum 17, but its criteria add up"
                                + " to 18"),
                r.out());
        assertTrue(
                r.out()
                        .contains("sets/QD26-01.csv:9 (cell E9): part A has maximum 40, but its groups add up"
                                + " to 39"),
                r.out());

        Run j = run("", "validate", "--json", copy.toString());
        assertEquals(1, j.code());
        JsonNode report = json(j.out().strip());
        assertEquals(2, report.get("problems").size());
        JsonNode first = report.get("problems").get(0);
        assertEquals("sets/QD26-01.csv", first.get("file").asText());
        assertEquals(10, first.get("line").asInt());
        assertEquals("E10", first.get("cell").asText());
        assertEquals(false, report.get("valid").asBoolean());
    }

    @Test
    void scoreWithThePackRecordsItBesideTheEdition() throws IOException {
        Run r = run("", "score", "--json", "--pack", PACK, OcopCommandTest.POMELO);
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out().strip());
        assertEquals("QD-26-2026", j.get("edition").asText());
        assertEquals("Lâm Đồng OCOP 2026 (example)", j.get("pack").get("name").asText());
        assertEquals("2026.1", j.get("pack").get("version").asText());
        assertTrue(j.get("pack").get("hash").asText().matches("sha256:[0-9a-f]{64}"), j.toString());
        // Worked by hand: the national 75 with criterion 1.5 (option 2) at 1.5 instead of 1 point.
        assertEquals("75.5", j.get("total").decimalValue().toPlainString());
        assertEquals("1.5", j.get("criteria").get("1.5").decimalValue().toPlainString());
        assertEquals(3, j.get("stars").asInt());
        assertTrue(
                json(run("", "score", "--json", OcopCommandTest.POMELO).out().strip())
                                .get("pack")
                        == null,
                "a national result names no pack");
    }

    @Test
    void aLocalSetIsScoredWithItsOwnMarker() throws IOException {
        // Best option everywhere except 1.1 (raw material from the province, option 2 of 3): 100 − 1 = 99.
        // QD26-13 gives 5★; the pack's LD26-01 asks option 3 of 1.1 for 5★, so the product stays at 4★.
        JsonNode local =
                json(run("", "score", "--json", "--pack", PACK, LOCAL).out().strip());
        assertEquals(99, local.get("total").asInt());
        assertEquals(5, local.get("bandStars").asInt());
        assertEquals(4, local.get("stars").asInt());
        assertEquals(
                "1.1",
                local.get("failedMinimums").get("5").get(0).get("criterion").asText());
        JsonNode national = json(run("", "score", "--json", TWIN).out().strip());
        assertEquals(99, national.get("total").asInt());
        assertEquals(5, national.get("stars").asInt());
        Run unknown = run("", "score", LOCAL);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown criteria set 'LD26-01'"), unknown.err());
    }

    @Test
    void councilTakesThePackToo() throws IOException {
        Run r = run(
                "",
                "council",
                "--json",
                "--pack",
                PACK,
                "samples/council/member-1.json",
                "samples/council/member-2.json",
                "samples/council/member-3.json");
        assertEquals(0, r.code(), r.err());
        assertEquals("2026.1", json(r.out().strip()).get("pack").get("version").asText());
    }

    @Test
    void impactComparesEverySheetAndSummarises() throws IOException {
        Run r = run("", "impact", "--json", "--pack", PACK, OcopCommandTest.POMELO, TWIN, LOCAL);
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out().strip());
        assertEquals("Lâm Đồng OCOP 2026 (example)", j.get("pack").get("name").asText());
        JsonNode pomelo = j.get("sheets").get(0);
        assertEquals(OcopCommandTest.POMELO, pomelo.get("source").asText());
        assertEquals("QD26-01", pomelo.get("criteriaSet").asText());
        assertEquals(75, pomelo.get("national").get("total").asInt());
        assertEquals("75.5", pomelo.get("pack").get("total").decimalValue().toPlainString());
        assertEquals(0, pomelo.get("change").asInt());
        JsonNode local = j.get("sheets").get(2);
        assertEquals(null, local.get("change"), "not compared: no change field");
        assertTrue(local.get("national").get("errors").get(0).asText().contains("unknown criteria set 'LD26-01'"));
        assertEquals(4, local.get("pack").get("stars").asInt());
        JsonNode s = j.get("summary");
        assertEquals(3, s.get("sheets").asInt());
        assertEquals(2, s.get("compared").asInt());
        assertEquals(0, s.get("changed").asInt());
        assertEquals(1, s.get("invalid").asInt());

        Run table = run("", "impact", "--pack", PACK, OcopCommandTest.POMELO);
        assertTrue(table.out().contains("75 3★") && table.out().contains("75.5 3★"), table.out());
        assertTrue(table.out().contains("1 sheet: 0 change stars (0 up, 0 down), 1 unchanged"), table.out());
    }

    @Test
    void validateSpeaksTheOfficersLanguage() throws IOException {
        Path copy = copyOfExample();
        Path set = copy.resolve("sets/QD26-01.csv");
        String text = Files.readString(set, StandardCharsets.UTF_8);
        int row = 1
                + (int) text.substring(0, text.indexOf("\nOption,1.5,,4,3,"))
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        Files.writeString(set, text.replace("\nOption,1.5,,4,3,", "\nOption,1.5,,4,4,"), StandardCharsets.UTF_8);
        int criterion = 1
                + (int) text.substring(0, text.indexOf("\nCriterion,1.5,"))
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        Run vi = run("", "validate", "--lang", "vi", copy.toString());
        assertEquals(1, vi.code(), vi.out());
        assertTrue(vi.out().contains("KHÔNG hợp lệ: 1 lỗi"), vi.out());
        assertTrue(
                vi.out()
                        .contains("sets/QD26-01.csv:" + (criterion + 1) + " (ô E" + (criterion + 1) + "): Tiêu chí"
                                + " 1.5: điểm tối đa 3 nhưng phương án cao nhất cho 4 (phương án 4): hãy sửa điểm tối đa hoặc điểm"
                                + " của phương án"),
                vi.out());
        Run en = run("", "validate", "--lang", "en", copy.toString());
        assertTrue(
                en.out()
                        .contains("(cell E" + (criterion + 1) + "): criterion 1.5 has maximum 3, but its best option"
                                + " gives 4 (option 4)"),
                en.out());
        Run json = run("", "validate", "--json", copy.toString());
        JsonNode problem = json(json.out().strip()).get("problems").get(0);
        assertTrue(problem.get("messageVi").asText().startsWith("Tiêu chí 1.5: điểm tối đa 3"), problem.toString());
        assertTrue(problem.get("message").asText().startsWith("criterion 1.5 has maximum 3"), problem.toString());
        assertTrue(row > criterion);
    }

    @Test
    void impactCountsStarChangesUpAndDown() throws IOException {
        // The pack also changes the bands: 5★ from 80 (not 90), 3★ from 60 (not 50). Worked from the samples:
        // the community-tourism sample (81, 4★, no 5★ marker failed) rises to 5★; the rice wine (59, 3★)
        // falls to 2★; the bamboo basket (67, 3★) stays.
        Path copy = copyOfExample();
        Files.writeString(
                copy.resolve("pack.csv"),
                Files.readString(copy.resolve("pack.csv"), StandardCharsets.UTF_8) + "Bands,edition.csv\n",
                StandardCharsets.UTF_8);
        Files.copy(
                Path.of("../ocop-rules/src/main/resources/vn/ocop/rules/qd26/edition.csv"),
                copy.resolve("edition.csv"));
        Path bands = copy.resolve("edition.csv");
        String text = Files.readString(bands, StandardCharsets.UTF_8);
        Files.writeString(
                bands,
                text.replace("Band,5,90,", "Band,5,80,")
                        .replace("Band,4,70,90,", "Band,4,70,80,")
                        .replace("Band,3,50,70,", "Band,3,60,70,")
                        .replace("Band,2,30,50,", "Band,2,30,60,"),
                StandardCharsets.UTF_8);
        Run r = run(
                "",
                "impact",
                "--json",
                "--pack",
                copy.toString(),
                "samples/qd26-26-du-lich-cong-dong.json",
                "samples/qd26-14-ruou-nep-cai-hoa-vang.json",
                "samples/qd26-21-gio-may-tre-dan.json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out().strip());
        assertEquals(1, j.get("sheets").get(0).get("change").asInt(), j.toString());
        assertEquals(5, j.get("sheets").get(0).get("pack").get("stars").asInt(), j.toString());
        assertEquals(-1, j.get("sheets").get(1).get("change").asInt(), j.toString());
        assertEquals(0, j.get("sheets").get(2).get("change").asInt(), j.toString());
        JsonNode s = j.get("summary");
        assertEquals(2, s.get("changed").asInt());
        assertEquals(1, s.get("up").asInt());
        assertEquals(1, s.get("down").asInt());
        assertEquals(1, s.get("byChange").get("+1").asInt());
        assertEquals(1, s.get("byChange").get("-1").asInt());
    }

    @Test
    void impactReadsJsonLinesFromStandardInput() throws IOException {
        String pomelo = OcopJsonLine.of(OcopCommandTest.POMELO);
        Run r = run(pomelo + "\n", "impact", "--json", "--pack", PACK, "-");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out().strip());
        assertEquals("<stdin>:1", j.get("sheets").get(0).get("source").asText());
        assertEquals(
                "75.5",
                j.get("sheets").get(0).get("pack").get("total").decimalValue().toPlainString());
    }

    @Test
    void catalogueWithThePackListsTheLocalSet() {
        Run r = run("", "catalogue", "--pack", PACK, "LD26-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Cà phê Arabica Cầu Đất"), r.out());
        assertEquals(2, run("", "catalogue", "LD26-01").code());
    }

    /** A sample sheet as one line of JSON. */
    static final class OcopJsonLine {
        static String of(String file) throws IOException {
            return JSON.readTree(Files.readString(Path.of(file), StandardCharsets.UTF_8))
                    .toString();
        }
    }

    @Test
    void exportThenValidatePasses() throws IOException {
        Path out = dir.resolve("qd26");
        Run e = run("", "export-pack", "--edition", "QD-26-2026", out.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(Files.exists(out.resolve("pack.csv")));
        assertTrue(Files.exists(out.resolve("s26/QD26-26.csv")));
        Run v = run("", "validate", out.toString());
        assertEquals(0, v.code(), v.out());
        assertTrue(v.out().contains("0 changes against the national edition QD-26-2026"), v.out());
        Run again = run("", "export-pack", "--edition", "QD-26-2026", out.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("must be empty or missing"), again.err());
        assertEquals(
                2,
                run("", "export-pack", "--edition", "QD-99", dir.resolve("x").toString())
                        .code());
    }

    @Test
    void drlNeedsTheTrustSwitch() throws IOException {
        Path copy = copyOfExample();
        Files.writeString(copy.resolve("audit.drl"), """
                package vn.ocop.packs.lamdong.audit;
                import vn.ocop.rules.internal.fact.Evaluation;
                rule "Nothing to see"
                when
                    Evaluation( total > 1000 )
                then
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(
                copy.resolve("pack.csv"),
                Files.readString(copy.resolve("pack.csv"), StandardCharsets.UTF_8) + "Rules,audit.drl\n",
                StandardCharsets.UTF_8);
        Run refused = run("", "validate", copy.toString());
        assertEquals(1, refused.code());
        assertTrue(
                refused.out().contains("audit.drl: DRL file refused")
                        && refused.out().contains("--trust-drl"),
                refused.out());
        Run scored = run("", "score", "--pack", copy.toString(), OcopCommandTest.POMELO);
        assertEquals(1, scored.code(), "an invalid pack is a failed check");
        assertTrue(scored.err().contains("DRL file refused"), scored.err());
        Run trusted = run("", "validate", "--trust-drl", copy.toString());
        assertEquals(0, trusted.code(), trusted.out());
        assertTrue(trusted.out().contains("DRL_ADDED"), trusted.out());
    }
}
