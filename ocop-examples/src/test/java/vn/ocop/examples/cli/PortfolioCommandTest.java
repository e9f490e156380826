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
                unknown.err().contains("<stdin>:1 $.recognitions[0].edition: product x: unknown edition 'QD-999'"),
                unknown.err());
        Run twice =
                OcopCommandTest.run("{\"id\": \"a\"}\n{\"id\": \"b\"}\n{\"id\": \"a\"}\n", "portfolio", "stats", "-");
        assertEquals(2, twice.code(), twice.err());
        assertTrue(twice.err().contains("<stdin>:3 $.id: product a is also products[0]"), twice.err());
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

    static final String PLAN = "samples/portfolio/ben-tre-plan.json";

    /**
     * The sample plan against the sample portfolio on 2026-12-02, by hand. 2024-NEW-3: first recognitions of
     * 3★+ in 2024 are BT-001 (2024-03-01) and BT-005 (2024-01-05): 2 of 3. 2024-HELD-4: on 2024-12-31 BT-001 (to
     * 2027-03-01) and BT-002 (4★ since 2023-11-20, to 2026-11-20) hold 4★: 2 of 2. 2024-EVERY-COMMUNE on
     * 2024-12-31: Mỹ Thạnh BT-001 and BT-003 (to 2026-06-01), Phú Hưng BT-002, An Khánh BT-005; Tân Thạch's
     * BT-006 expired 2024-09-09, Hữu Định's BT-004 came in 2026: 3 of 5. 2026-UPGRADED-5: none, and 2026 runs.
     */
    @Test
    void theSamplePlanAsWorkedByHand() throws Exception {
        Run r = OcopCommandTest.run("", "portfolio", "plan", "--json", "--as-of", "2026-12-02", SAMPLE, PLAN);
        assertEquals(0, r.code(), r.err());
        JsonNode p = new ObjectMapper().readTree(r.out());
        assertEquals("Kế hoạch OCOP tỉnh Bến Tre", p.get("plan").asText());
        assertEquals(7, p.get("products").asInt());
        List<String> got = new ArrayList<>();
        for (JsonNode t : p.get("targets")) {
            got.add(t.get("target").get("id").asText() + " " + t.get("achieved").asInt() + "/"
                    + t.get("goal").asInt() + " " + t.get("status").asText() + " "
                    + t.get("closed").asBoolean() + " " + t.get("counted"));
        }
        assertEquals(
                List.of(
                        "2024-NEW-3 2/3 PARTLY_MET true [\"BT-001\",\"BT-005\"]",
                        "2024-HELD-4 2/2 MET true [\"BT-001\",\"BT-002\"]",
                        "2024-EVERY-COMMUNE 3/5 PARTLY_MET true [\"BT-001\",\"BT-002\",\"BT-003\",\"BT-005\"]",
                        "2026-UPGRADED-5 0/1 NOT_MET false []"),
                got);
        JsonNode communes = p.get("targets").get(2).get("byCommune");
        assertEquals(2, communes.get("Mỹ Thạnh").asInt());
        assertEquals(0, communes.get("Tân Thạch").asInt());
        Run text = OcopCommandTest.run("", "portfolio", "plan", "--as-of", "2026-12-02", SAMPLE, PLAN);
        assertEquals(0, text.code(), text.err());
        assertTrue(
                text.out().contains("2024-NEW-3  2024 NEW 3★+ in Bến Tre: 2 of 3, partly met (missed: 2024 has ended)"),
                text.out());
        assertTrue(text.out().contains("2026-UPGRADED-5  2026 UPGRADED 5★+ in Bến Tre: 0 of 1, not met\n"), text.out());
    }

    @Test
    void aBadPlanIsNamedByPath() {
        Run bad = OcopCommandTest.run(
                "{\"targets\": [{\"id\": \"a\", \"year\": 2024, \"measure\": \"NEWS\"},"
                        + " {\"id\": \"a\", \"year\": 20240, \"measure\": \"HELD\", \"communes\": [\"X\"]},"
                        + " {\"id\": \"c\", \"year\": 2024, \"measure\": \"EACH_COMMUNE\", \"communes\": [\"Mỹ Thạnh\", \"mỹ thạnh\"]}]}",
                "portfolio",
                "plan",
                SAMPLE,
                "-");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(
                bad.err().contains("<stdin> $.targets[0].measure: unknown measure 'NEWS' (known: NEW, HELD,"),
                bad.err());
        assertTrue(
                bad.err()
                        .contains(
                                "<stdin> $.targets[1].year: a plan year is a whole number from 1900 to 2200, not the number 20240"),
                bad.err());
        assertTrue(
                bad.err().contains("<stdin> $.targets[1].communes: only EACH_COMMUNE lists communes, not HELD"),
                bad.err());
        assertTrue(
                bad.err().contains("<stdin> $.targets[2].communes[1]: commune 'mỹ thạnh' is listed twice"), bad.err());
        Run both = OcopCommandTest.run("", "portfolio", "plan", "-", "-");
        assertEquals(2, both.code(), both.err());
        assertTrue(both.err().contains("cannot both come from standard input"), both.err());
    }
}
