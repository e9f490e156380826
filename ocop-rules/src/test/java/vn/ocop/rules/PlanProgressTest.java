package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.portfolio.Locality;
import vn.ocop.portfolio.Plan;
import vn.ocop.portfolio.PlanMeasure;
import vn.ocop.portfolio.PlanProgress;
import vn.ocop.portfolio.PlanTarget;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.portfolio.PortfolioRecognition;

/**
 * A province's plan against a small portfolio, worked by hand on 2025-03-01 (certificates run 36 months from
 * the recognition date; a product's latest recognition by a day is the one that holds on it).
 *
 * <pre>
 * A  Bến Tre / Giồng Trôm / Mỹ Thạnh   3★ 148  2024-03-01                      first: NEW 2024
 * B  Bến Tre / Châu Thành / An Khánh   4★ 1048 2022-05-10, then 5★ 148 2024-09-15  re-evaluated and upgraded 2024
 * C  Bến Tre / Giồng Trôm / Mỹ Thạnh   3★ 148  2023-06-01, then 3★ 148 2024-07-01  re-evaluated 2024, not upgraded
 * D  Bến Tre / TP Bến Tre / Phú Hưng   4★ 148  2024-11-20                      first: NEW 2024
 * E  Bến Tre / Châu Thành / An Khánh   3★ 1048 2021-01-10 (expired 2024-01-10)
 * F  Trà Vinh / Càng Long / Mỹ Thạnh   3★ 148  2024-05-05                      another province
 * G  Bến Tre / Giồng Trôm / Mỹ Thạnh   5★ 148  2025-04-01                      decided after the date
 * H  "bến tre" / "mỹ thạnh" (lower case, NFD)  4★ 148 2023-02-24 (expires 2026-02-24)
 * I  Bến Tre / Châu Thành / An Khánh   4★ 148  2023-03-10, then 3★ 148 2024-10-01  re-evaluated down 2024
 * </pre>
 */
class PlanProgressTest {
    static final Scorer SCORER = Ocop.scorer();
    static final LocalDate AS_OF = LocalDate.parse("2025-03-01");
    static final Locality BEN_TRE = new Locality("Bến Tre", null, null);

    static PortfolioRecognition r(int stars, String edition, String date) {
        return new PortfolioRecognition(stars, edition, LocalDate.parse(date), null, null, null);
    }

    static PortfolioProduct p(String id, Locality l, PortfolioRecognition... rs) {
        return new PortfolioProduct(id, null, null, l, List.of(rs));
    }

    static final List<PortfolioProduct> PORTFOLIO = List.of(
            p("A", new Locality("Bến Tre", "Giồng Trôm", "Mỹ Thạnh"), r(3, "QD-148-2023", "2024-03-01")),
            p(
                    "B",
                    new Locality("Bến Tre", "Châu Thành", "An Khánh"),
                    r(4, "QD-1048-2019", "2022-05-10"),
                    r(5, "QD-148-2023", "2024-09-15")),
            p(
                    "C",
                    new Locality("Bến Tre", "Giồng Trôm", "Mỹ Thạnh"),
                    r(3, "QD-148-2023", "2024-07-01"), // listed first: order in the file does not matter
                    r(3, "QD-148-2023", "2023-06-01")),
            p("D", new Locality("Bến Tre", "TP Bến Tre", "Phú Hưng"), r(4, "QD-148-2023", "2024-11-20")),
            p("E", new Locality("Bến Tre", "Châu Thành", "An Khánh"), r(3, "QD-1048-2019", "2021-01-10")),
            p("F", new Locality("Trà Vinh", "Càng Long", "Mỹ Thạnh"), r(3, "QD-148-2023", "2024-05-05")),
            p("G", new Locality("Bến Tre", "Giồng Trôm", "Mỹ Thạnh"), r(5, "QD-148-2023", "2025-04-01")),
            p(
                    "H",
                    new Locality("bến tre", null, Normalizer.normalize("mỹ thạnh", Normalizer.Form.NFD)),
                    r(4, "QD-148-2023", "2023-02-24")),
            p(
                    "I",
                    new Locality("Bến Tre", "Châu Thành", "An Khánh"),
                    r(4, "QD-148-2023", "2023-03-10"),
                    r(3, "QD-148-2023", "2024-10-01")));

    static PlanTarget target(String id, int year, PlanMeasure m, int stars, int count, Locality l, String... communes) {
        return PlanTarget.builder(id, year, m)
                .stars(stars)
                .count(count)
                .locality(l)
                .communes(List.of(communes))
                .build();
    }

    static Map<String, PlanProgress.Progress> run(PlanTarget... targets) {
        PlanProgress progress = SCORER.plan(PORTFOLIO, new Plan("Kế hoạch 2024", List.of(targets)), AS_OF);
        assertEquals(9, progress.products());
        assertEquals("Kế hoạch 2024", progress.plan());
        Map<String, PlanProgress.Progress> out = new LinkedHashMap<>();
        progress.targets().forEach(t -> out.put(t.target().id(), t));
        assertEquals(targets.length, out.size());
        return out;
    }

    static void assertProgress(
            PlanProgress.Progress p, int goal, int achieved, PlanProgress.Status status, String... ids) {
        assertEquals(goal, p.goal(), p.target().id());
        assertEquals(achieved, p.achieved(), p.target().id());
        assertEquals(status, p.status(), p.target().id());
        assertEquals(List.of(ids), p.counted(), p.target().id());
    }

    @Test
    void oneTargetMetOneMissedAndOnePartlyMet() {
        Map<String, PlanProgress.Progress> p = run(
                // new products of 3★+ in 2024 in Bến Tre: A and D (C and H were first recognised in 2023, F is in
                // Trà Vinh): 2 of 3
                target("NEW-3", 2024, PlanMeasure.NEW, 3, 3, BEN_TRE),
                // a new 4★ product: D
                target("NEW-4", 2024, PlanMeasure.NEW, 4, 1, BEN_TRE),
                // a new 5★ product in Giồng Trôm: none (G is decided after the date): missed
                target("NEW-5-GT", 2024, PlanMeasure.NEW, 5, 1, new Locality("Bến Tre", "Giồng Trôm", null)));
        assertProgress(p.get("NEW-3"), 3, 2, PlanProgress.Status.PARTLY_MET, "A", "D");
        assertProgress(p.get("NEW-4"), 1, 1, PlanProgress.Status.MET, "D");
        assertProgress(p.get("NEW-5-GT"), 1, 0, PlanProgress.Status.NOT_MET);
        assertTrue(p.get("NEW-5-GT").closed(), "2024 ended before 2025-03-01");
        assertEquals(
                Map.of("Giồng Trôm / Mỹ Thạnh", 1, "TP Bến Tre / Phú Hưng", 1),
                p.get("NEW-3").byCommune());
    }

    @Test
    void reEvaluationsAndUpgrades() {
        Map<String, PlanProgress.Progress> p = run(
                // B (4★ → 5★), C (3★ → 3★) and I (4★ → 3★) were re-evaluated in 2024
                target("RE", 2024, PlanMeasure.REEVALUATED, 3, 2, BEN_TRE),
                // to 4★ or more: B alone
                target("RE-4", 2024, PlanMeasure.REEVALUATED, 4, 2, BEN_TRE),
                // lift a product to 5★: B
                target("UP-5", 2024, PlanMeasure.UPGRADED, 5, 1, BEN_TRE),
                // any upgrade: still only B (C stayed at 3★, I went down)
                target("UP-ANY", 2024, PlanMeasure.UPGRADED, 3, 2, BEN_TRE),
                // nothing was re-evaluated in 2023: C's 2023 recognition was its first
                target("RE-2023", 2023, PlanMeasure.REEVALUATED, 3, 1, BEN_TRE));
        assertProgress(p.get("RE"), 2, 3, PlanProgress.Status.MET, "B", "C", "I");
        assertProgress(p.get("RE-4"), 2, 1, PlanProgress.Status.PARTLY_MET, "B");
        assertProgress(p.get("UP-5"), 1, 1, PlanProgress.Status.MET, "B");
        assertProgress(p.get("UP-ANY"), 2, 1, PlanProgress.Status.PARTLY_MET, "B");
        assertProgress(p.get("RE-2023"), 1, 0, PlanProgress.Status.NOT_MET);
    }

    @Test
    void heldCountsTheLatestRecognitionOnTheYearsLastDay() {
        Map<String, PlanProgress.Progress> p = run(
                // on 2024-12-31: B 5★ (2024), D 4★, H 4★ (to 2026-02-24); A and C are 3★; E expired 2024-01-10;
                // I's 4★ certificate of 2023 runs to 2026 but its latest recognition, 2024-10-01, gave 3★
                target("HELD-4-2024", 2024, PlanMeasure.HELD, 4, 3, BEN_TRE),
                // on 2023-12-31: B was 4★ from 2022 (its 5★ came later), C 3★, E 3★ (to 2024-01-10), H 4★, I 4★
                target("HELD-3-2023", 2023, PlanMeasure.HELD, 3, 6, BEN_TRE),
                // 2025, still running on 2025-03-01: held on the date; E alone has expired
                target("HELD-3-2025", 2025, PlanMeasure.HELD, 3, 7, BEN_TRE),
                // 2026, not begun on 2025-03-01: what is known to hold on 2026-12-31 (H's expires 2026-02-24)
                target("HELD-3-2026", 2026, PlanMeasure.HELD, 3, 6, BEN_TRE));
        assertProgress(p.get("HELD-4-2024"), 3, 3, PlanProgress.Status.MET, "B", "D", "H");
        assertProgress(p.get("HELD-3-2023"), 6, 5, PlanProgress.Status.PARTLY_MET, "B", "C", "E", "H", "I");
        assertProgress(p.get("HELD-3-2025"), 7, 6, PlanProgress.Status.PARTLY_MET, "A", "B", "C", "D", "H", "I");
        assertFalse(p.get("HELD-3-2025").closed());
        // H's "mỹ thạnh" (lower case, NFD, no district) is named as the portfolio first spells the commune
        assertEquals(
                Map.of(
                        "Giồng Trôm / Mỹ Thạnh",
                        2,
                        "Châu Thành / An Khánh",
                        2,
                        "TP Bến Tre / Phú Hưng",
                        1,
                        "Mỹ Thạnh",
                        1),
                p.get("HELD-3-2025").byCommune());
        // and the statistics count H in "Bến Tre", not in a "bến tre" of its own
        assertEquals(
                Map.of("Bến Tre", 6, "Trà Vinh", 1),
                SCORER.stats(PORTFOLIO, AS_OF).counts().get("province"));
        assertProgress(p.get("HELD-3-2026"), 6, 5, PlanProgress.Status.PARTLY_MET, "A", "B", "C", "D", "I");
    }

    @Test
    void atLeastOneProductPerCommune() {
        Map<String, PlanProgress.Progress> p = run(
                // on 2024-12-31: Mỹ Thạnh has A, C and H (H written in lower case and NFD); An Khánh has B and I
                // (E expired); Phú Hưng has D; Tân Thạch none. F's Mỹ Thạnh is in Trà Vinh.
                target(
                        "EVERY",
                        2024,
                        PlanMeasure.EACH_COMMUNE,
                        3,
                        1,
                        BEN_TRE,
                        "Mỹ Thạnh",
                        "An Khánh",
                        "Phú Hưng",
                        "Tân Thạch"),
                // two 3★+ products in each: Mỹ Thạnh and An Khánh, not Phú Hưng
                target("TWO-EACH", 2024, PlanMeasure.EACH_COMMUNE, 3, 2, BEN_TRE, "Mỹ Thạnh", "An Khánh", "Phú Hưng"),
                // a 4★+ product in each: H in Mỹ Thạnh, B in An Khánh (I is 3★ since 2024-10-01)
                target("FOUR-EACH", 2024, PlanMeasure.EACH_COMMUNE, 4, 1, BEN_TRE, "Mỹ Thạnh", "An Khánh"));
        PlanProgress.Progress every = p.get("EVERY");
        assertProgress(every, 4, 3, PlanProgress.Status.PARTLY_MET, "A", "B", "C", "D", "H", "I");
        assertEquals(Map.of("Mỹ Thạnh", 3, "An Khánh", 2, "Phú Hưng", 1, "Tân Thạch", 0), every.byCommune());
        assertProgress(p.get("TWO-EACH"), 3, 2, PlanProgress.Status.PARTLY_MET, "A", "B", "C", "D", "H", "I");
        assertProgress(p.get("FOUR-EACH"), 2, 2, PlanProgress.Status.MET, "B", "H");
    }
}
