package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.portfolio.Due;
import vn.ocop.portfolio.DueList;
import vn.ocop.portfolio.Locality;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.portfolio.PortfolioRecognition;

/**
 * Due lists around their edges, worked by hand for 2026-12-02 (26/2026 in force since 2026-05-22: re-evaluation
 * dossiers filed 180 to 120 days before expiry; a 180-day grace after it; the expiry window 6 months, to
 * 2027-06-02). A certificate is valid up to and including the day it expires.
 */
class DueListTest {
    static final Scorer SCORER = Ocop.scorer();
    static final LocalDate AS_OF = LocalDate.parse("2026-12-02");

    static PortfolioProduct product(String id, PortfolioRecognition... recognitions) {
        return new PortfolioProduct(id, null, null, Locality.UNKNOWN, List.of(recognitions));
    }

    /** A 4★ recognition under 26/2026 whose certificate expires on the given day. */
    static PortfolioRecognition expiring(String expires) {
        return new PortfolioRecognition(
                4, "QD-26-2026", LocalDate.parse(expires).minusMonths(36), null, null, LocalDate.parse(expires));
    }

    static PortfolioRecognition recognised(String edition, String date) {
        return new PortfolioRecognition(3, edition, LocalDate.parse(date), "cert-" + date, null, null);
    }

    static Set<String> listed(DueList list) {
        Set<String> out = new TreeSet<>();
        for (Due d : list.due()) {
            out.add(d.id() + " " + d.reason());
        }
        return out;
    }

    @Test
    void theEdgesOfEveryReason() {
        List<PortfolioProduct> portfolio = List.of(
                product("expires-today", expiring("2026-12-02")), // valid today: expiring in 0 days
                product("expires-in-6-months", expiring("2027-06-02")), // the window's last day
                product("expires-a-day-later", expiring("2027-06-03")), // beyond the window: nothing
                product("window-opens-today", expiring("2027-05-31")), // today = expiry − 180 days
                product("window-opens-tomorrow", expiring("2027-06-01")), // expiry − 181
                product("window-closes-today", expiring("2027-04-01")), // today = expiry − 120 days
                product("window-closed-yesterday", expiring("2027-03-31")), // expiry − 119
                product("grace-1-day", expiring("2026-12-01")),
                product("grace-179-days", expiring("2026-06-06")),
                product("lapsed-180-days", expiring("2026-06-05")),
                // lapsed under 1048 long ago, renewed under 148 in 2025 (expires 2028-06-01): only the latest
                // counts, so it is not lapsed; it moves to 26/2026 at its next evaluation
                product("renewed", recognised("QD-1048-2019", "2019-05-01"), recognised("QD-148-2023", "2025-06-01")),
                // 148, recognised 2023-03-01: expired 2026-03-01, 276 days ago: lapsed, and not also an
                // edition change
                product("old-148-lapsed", recognised("QD-148-2023", "2023-03-01")),
                // 148, recognised 2024-06-10, no expiry given: 36 months, 2027-06-10; window from 2026-12-12
                product("computed-expiry", recognised("QD-148-2023", "2024-06-10")),
                product("never-recognised"));
        DueList list = SCORER.due(portfolio, AS_OF, 6);
        assertEquals("QD-26-2026", list.edition());
        assertEquals(14, list.products());
        assertEquals(
                new TreeSet<>(List.of(
                        "expires-today EXPIRING",
                        "expires-in-6-months EXPIRING",
                        "window-opens-today EXPIRING",
                        "window-opens-today REEVALUATION_WINDOW_OPEN",
                        "window-opens-tomorrow EXPIRING",
                        "window-closes-today EXPIRING",
                        "window-closes-today REEVALUATION_WINDOW_OPEN",
                        "window-closed-yesterday EXPIRING",
                        "grace-1-day IN_GRACE",
                        "grace-179-days IN_GRACE",
                        "lapsed-180-days LAPSED",
                        "renewed EDITION_CHANGE",
                        "old-148-lapsed LAPSED",
                        "computed-expiry EDITION_CHANGE")),
                listed(list));
        Due computed = list.due().stream()
                .filter(d -> d.id().equals("computed-expiry"))
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.parse("2027-06-10"), computed.expires());
        assertEquals("cert-2024-06-10", computed.certificate());
        assertEquals("recognised under QD-148-2023; its next evaluation is under QD-26-2026", computed.detail());
        Due window = list.due().stream()
                .filter(d -> d.id().equals("window-opens-today")
                        && d.reason() == vn.ocop.portfolio.DueReason.REEVALUATION_WINDOW_OPEN)
                .findFirst()
                .orElseThrow();
        assertEquals("re-evaluation dossiers are filed from 2026-12-02 to 2027-01-31", window.detail());
        assertEquals(
                "expired 1 day ago; a late dossier is accepted until 2027-05-29",
                list.due().stream()
                        .filter(d -> d.id().equals("grace-1-day"))
                        .findFirst()
                        .orElseThrow()
                        .detail());
        // sorted by expiry, then product
        List<LocalDate> expiries = list.due().stream().map(Due::expires).toList();
        assertEquals(expiries.stream().sorted().toList(), expiries);
    }

    @Test
    void underAnEditionWithoutAFilingWindowNoWindowIsOpen() {
        // 2024-01-10: 148/2023 in force, which the data gives no re-evaluation window; 1048 products change.
        // a: 1048, expires 2024-06-01 (given); b: 1048, 2021-03-01 + 36 months = 2024-03-01.
        DueList list = SCORER.due(
                List.of(
                        product(
                                "a",
                                new PortfolioRecognition(
                                        4,
                                        "QD-1048-2019",
                                        LocalDate.parse("2021-06-01"),
                                        null,
                                        null,
                                        LocalDate.parse("2024-06-01"))),
                        product("b", recognised("QD-1048-2019", "2021-03-01"))),
                LocalDate.parse("2024-01-10"),
                6);
        assertEquals("QD-148-2023", list.edition());
        assertEquals(
                new TreeSet<>(List.of("a EXPIRING", "a EDITION_CHANGE", "b EXPIRING", "b EDITION_CHANGE")),
                listed(list));
    }

    @Test
    void aNegativeWindowOrADateBeforeEveryEditionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SCORER.due(List.of(), AS_OF, -1));
        assertThrows(IllegalArgumentException.class, () -> SCORER.due(List.of(), LocalDate.parse("2000-01-01"), 6));
    }

    /** Found by the outside tester: the order of a product's recognitions decided which of one day counted. */
    @Test
    void recognitionsOfOneDayAreOrderedByExpiryThenStarsNotByTheirPlaceInTheList() {
        PortfolioRecognition short148 = new PortfolioRecognition(
                3, "QD-148-2023", LocalDate.parse("2024-01-01"), "first", null, null); // expires 2027-01-01
        PortfolioRecognition long26 = new PortfolioRecognition(
                5, "QD-26-2026", LocalDate.parse("2024-01-01"), "second", null, LocalDate.parse("2030-01-01"));
        DueList list = SCORER.due(List.of(product("s1", short148, long26), product("s2", long26, short148)), AS_OF, 6);
        // the one expiring later counts: valid until 2030, under the edition in force: nothing is due
        assertEquals(Set.of(), listed(list));
    }

    /** Found by the outside tester: a product recognised under a later edition was listed as an edition change. */
    @Test
    void onlyAnEarlierEditionIsAnEditionChangeAndRecognitionsNotYetDecidedDoNotCount() {
        // 2026-05-01: 148 in force. A 26/2026 recognition (later) is no edition change; a recognition decided
        // after the date does not count yet.
        DueList list = SCORER.due(
                List.of(
                        product("later", recognised("QD-26-2026", "2026-04-01")),
                        product(
                                "future",
                                recognised("QD-148-2023", "2025-01-01"),
                                recognised("QD-26-2026", "2026-06-01"))),
                LocalDate.parse("2026-05-01"),
                6);
        assertEquals("QD-148-2023", list.edition());
        assertEquals(Set.of(), listed(list), "2025-01-01 + 36 months is beyond the window; 148 is in force");
    }

    @Test
    void unknownEditionsRepeatedIdsAndCertificatesExpiringBeforeTheirDecisionAreRefused() {
        vn.ocop.portfolio.InvalidPortfolioException e = assertThrows(
                vn.ocop.portfolio.InvalidPortfolioException.class,
                () -> SCORER.due(
                        List.of(
                                product("a", recognised("QD-999", "2025-01-01")),
                                product("a", recognised("qd-26-2026", "2026-07-01")),
                                product(
                                        "b",
                                        new PortfolioRecognition(
                                                4,
                                                "QD-26-2026",
                                                LocalDate.parse("2026-07-01"),
                                                null,
                                                null,
                                                LocalDate.parse("2026-06-30")))),
                        AS_OF,
                        6));
        assertEquals(
                List.of(
                        "products[0] $.recognitions[0].edition",
                        "products[1] $.id",
                        "products[1] $.recognitions[0].edition",
                        "products[2] $.recognitions[0].expires"),
                e.problems().stream().map(vn.ocop.SheetProblem::path).toList());
    }
}
