package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.examples.cli.OcopCommandTest.Run;

/**
 * {@code ocop portfolio due} on samples/portfolio/ben-tre.jsonl, as of 2026-12-02 (26/2026 in force: filing
 * window 180 to 120 days before expiry; 180 days of grace; expiry window to 2027-06-02), worked by hand:
 * BT-001 148, 2024-03-01 → expires 2027-03-01: expiring (89 days; its window closed 2026-11-01), edition change.
 * BT-002 latest 148, 2023-11-20 → 2026-11-20: 12 days ago, in grace; edition change (the 1048 one is older).
 * BT-003 148, 2023-06-01 → 2026-06-01: 184 days ago, lapsed (and so no edition change).
 * BT-004 26/2026, 2026-08-10 → 2029-08-10: nothing. BT-005 148, 2024-01-05 → 2027-01-05: expiring (34
 * days), edition change. BT-006 1048, 2021-09-09 → 2024-09-09: lapsed. BT-007 never recognised: nothing.
 */
class PortfolioCommandTest {
    static final String SAMPLE = "samples/portfolio/ben-tre.jsonl";

    @Test
    void theSamplesDueListAsWorkedByHand() throws Exception {
        Run r = OcopCommandTest.run("", "portfolio", "due", "--json", "--as-of", "2026-12-02", SAMPLE);
        assertEquals(0, r.code(), r.err());
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertEquals("2026-12-02", list.get("asOf").asText());
        assertEquals("QD-26-2026", list.get("edition").asText());
        assertEquals(7, list.get("products").asInt());
        List<String> due = new ArrayList<>();
        for (JsonNode d : list.get("due")) {
            due.add(d.get("id").asText() + " " + d.get("reason").asText() + " "
                    + d.get("expires").asText());
        }
        assertEquals(
                List.of(
                        "BT-006 LAPSED 2024-09-09",
                        "BT-003 LAPSED 2026-06-01",
                        "BT-002 IN_GRACE 2026-11-20",
                        "BT-002 EDITION_CHANGE 2026-11-20",
                        "BT-005 EXPIRING 2027-01-05",
                        "BT-005 EDITION_CHANGE 2027-01-05",
                        "BT-001 EXPIRING 2027-03-01",
                        "BT-001 EDITION_CHANGE 2027-03-01"),
                due);
        Run text = OcopCommandTest.run("", "portfolio", "due", "--as-of", "2026-12-02", SAMPLE);
        assertTrue(text.out().contains("   IN_GRACE (1)\n      BT-002  4★  expires 2026-11-20"), text.out());
    }

    @Test
    void aWiderWindowAndALaterDateChangeTheList() throws Exception {
        // 2027-01-31: BT-001 (2027-03-01) is 29 days from expiry; its window closed 2026-11-01. BT-005 expired 26
        // days ago: in grace. BT-002 expired 72 days ago: in grace. With a window of 36 months BT-004 (2029-08-10)
        // is expiring too.
        Run r = OcopCommandTest.run(
                "", "portfolio", "due", "--json", "--as-of", "2027-01-31", "--within", "36", SAMPLE);
        assertEquals(0, r.code(), r.err());
        List<String> due = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(r.out()).get("due")) {
            due.add(d.get("id").asText() + " " + d.get("reason").asText());
        }
        assertTrue(due.contains("BT-004 EXPIRING"), due.toString());
        assertTrue(due.contains("BT-005 IN_GRACE"), due.toString());
        assertTrue(due.contains("BT-002 IN_GRACE"), due.toString());
        assertTrue(due.contains("BT-001 EXPIRING"), due.toString());
    }

    @Test
    void badLinesAreNamedByLineAndPathAndTheProductCountIsBounded() {
        Run bad = OcopCommandTest.run(
                "{\"id\": \"a\", \"recognitions\": [{\"stars\": 4, \"edition\": \"QD-26-2026\","
                        + " \"recognitionDate\": \"2026-13-01\"}]}\nnot json\n",
                "portfolio",
                "due",
                "-");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("<stdin>:1 $.recognitions[0].recognitionDate: expected a date"), bad.err());
        assertTrue(bad.err().contains("<stdin>:2 $: not valid JSON"), bad.err());
        Run unknown = OcopCommandTest.run(
                "{\"id\": \"x\", \"recognitions\": [{\"stars\": 3, \"edition\": \"QD-999\","
                        + " \"recognitionDate\": \"2025-01-01\"}]}\n",
                "portfolio",
                "due",
                "-");
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(
                unknown.err().contains("products[0] $.recognitions[0].edition: product x: unknown edition 'QD-999'"),
                unknown.err());
        Run many = OcopCommandTest.run("", "--limit", "portfolioProducts=3", "portfolio", "due", SAMPLE);
        assertEquals(2, many.code(), many.err());
        assertTrue(many.err().contains("more than the limit portfolioProducts = 3 products"), many.err());
        assertEquals(
                2,
                OcopCommandTest.run("", "portfolio", "due", "--as-of", "tomorrow", SAMPLE)
                        .code());
        assertEquals(
                2,
                OcopCommandTest.run("", "portfolio", "due", "--within", "-1", SAMPLE)
                        .code());
        assertEquals(2, OcopCommandTest.run("", "portfolio").code(), "no command");
    }

    /** The statistics of the sample, as PortfolioStatsTest works them by hand. */
    @Test
    void theSamplesStatistics() throws Exception {
        Run r = OcopCommandTest.run("", "portfolio", "stats", "--json", "--as-of", "2026-12-02", SAMPLE);
        assertEquals(0, r.code(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertEquals(7, s.get("products").asInt());
        assertEquals(3, s.get("recognised").asInt());
        assertEquals(2, s.get("counts").get("stars").get("4").asInt());
        assertEquals(
                3, s.get("counts").get("category").get("I Sản phẩm thực phẩm").asInt());
        assertEquals("BT-002", s.get("changes").get("up").get(0).asText());
        assertEquals(2, s.get("changes").get("lost").size());
        Run text = OcopCommandTest.run("", "portfolio", "stats", "--as-of", "2026-12-02", SAMPLE);
        assertTrue(
                text.out().contains("re-evaluated: up 1, same 0, down 0; lost their stars: 2 (BT-003, BT-006)"),
                text.out());
    }
}
