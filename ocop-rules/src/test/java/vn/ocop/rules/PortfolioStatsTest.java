package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.portfolio.Locality;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.portfolio.PortfolioRecognition;
import vn.ocop.portfolio.PortfolioStats;

/**
 * Statistics of a small portfolio as of 2026-12-02, worked by hand (the products of
 * samples/portfolio/ben-tre.jsonl): BT-001 (148, 4★, expires 2027-03-01), BT-004 (26/2026, 4★, 2029-08-10) and
 * BT-005 (148, 3★, 2027-01-05) hold valid certificates: 3 recognised, all of category I (food), province Bến
 * Tre. BT-002 went from 3★ (1048, 2020) to 4★ (148, 2023-11-20): up, and its certificate expired 12 days ago
 * (in grace: neither recognised nor lost). BT-003 (expired 2026-06-01, 184 days) and BT-006 (2024-09-09) lost
 * their stars. BT-007 was never recognised. Recognitions by year: 2020 1, 2021 1, 2023 2, 2024 2, 2026 1.
 */
class PortfolioStatsTest {
    static PortfolioProduct product(String id, String set, String commune, PortfolioRecognition... r) {
        return new PortfolioProduct(id, null, set, new Locality("Bến Tre", null, commune), List.of(r));
    }

    static PortfolioRecognition r(int stars, String edition, String date) {
        return new PortfolioRecognition(stars, edition, LocalDate.parse(date), null, null, null);
    }

    @Test
    void aSmallPortfolioWorkedByHand() {
        List<PortfolioProduct> portfolio = List.of(
                product("BT-001", "QD26-01", "Mỹ Thạnh", r(4, "QD-148-2023", "2024-03-01")),
                product(
                        "BT-002",
                        "QD26-03",
                        "Phú Hưng",
                        r(3, "QD-1048-2019", "2020-05-15"),
                        r(4, "QD-148-2023", "2023-11-20")),
                product("BT-003", "QD26-03", "Mỹ Thạnh", r(3, "QD-148-2023", "2023-06-01")),
                product("BT-004", "QD26-09", "Hữu Định", r(4, "QD-26-2026", "2026-08-10")),
                product("BT-005", "QD26-03", "An Khánh", r(3, "QD-148-2023", "2024-01-05")),
                product("BT-006", "QD26-14", "Tân Thạch", r(3, "QD-1048-2019", "2021-09-09")),
                product("BT-007", "QD26-23", "Cầu Kè"));
        PortfolioStats s = Ocop.scorer().stats(portfolio, LocalDate.parse("2026-12-02"));
        assertEquals(7, s.products());
        assertEquals(3, s.recognised());
        assertEquals(Map.of("3", 1, "4", 2), s.counts().get("stars"));
        assertEquals(Map.of("I Sản phẩm thực phẩm", 3), s.counts().get("category"));
        assertEquals(Map.of("Bến Tre", 3), s.counts().get("province"));
        assertEquals(
                Map.of("Bến Tre / Mỹ Thạnh", 1, "Bến Tre / Hữu Định", 1, "Bến Tre / An Khánh", 1),
                s.counts().get("commune"));
        assertEquals(Map.of("QD-148-2023", 2, "QD-26-2026", 1), s.counts().get("edition"));
        assertEquals(
                Map.of("2020", 1, "2021", 1, "2023", 2, "2024", 2, "2026", 1),
                s.counts().get("year"));
        // by stars: BT-001 4★ in Mỹ Thạnh, BT-004 4★ in Hữu Định, BT-005 3★ in An Khánh, all food
        assertEquals(
                Map.of("I Sản phẩm thực phẩm", Map.of("3", 1, "4", 2)),
                s.starsBy().get("category"));
        assertEquals(Map.of("Bến Tre", Map.of("3", 1, "4", 2)), s.starsBy().get("province"));
        assertEquals(
                Map.of(
                        "Bến Tre / Mỹ Thạnh", Map.of("4", 1),
                        "Bến Tre / Hữu Định", Map.of("4", 1),
                        "Bến Tre / An Khánh", Map.of("3", 1)),
                s.starsBy().get("commune"));
        assertEquals(List.of("BT-002"), s.changes().up());
        assertEquals(List.of(), s.changes().down());
        assertEquals(List.of(), s.changes().same());
        assertEquals(List.of("BT-003", "BT-006"), s.changes().lost());
    }

    @Test
    void reEvaluationsCompareTheLatestWithTheOneBeforeItNotTheFirst() {
        // 5★ (2019), 3★ (2022), 4★ (2025): against the one before (3★) the latest went up, though below the first
        PortfolioStats s = Ocop.scorer()
                .stats(
                        List.of(
                                product(
                                        "a",
                                        "QD26-01",
                                        "X",
                                        r(5, "QD-1048-2019", "2019-09-01"),
                                        r(4, "QD-148-2023", "2025-01-10"),
                                        r(3, "QD-1048-2019", "2022-03-01")),
                                product(
                                        "b",
                                        "QD26-01",
                                        "X",
                                        r(4, "QD-148-2023", "2023-05-01"),
                                        r(4, "QD-148-2023", "2025-05-02")),
                                product(
                                        "c",
                                        "QD26-01",
                                        "X",
                                        r(5, "QD-148-2023", "2023-05-01"),
                                        r(3, "QD-26-2026", "2026-06-01"))),
                        LocalDate.parse("2026-12-02"));
        assertEquals(List.of("a"), s.changes().up());
        assertEquals(List.of("b"), s.changes().same());
        assertEquals(List.of("c"), s.changes().down());
        assertEquals(3, s.recognised());
    }
}
