package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.Edition;
import vn.ocop.portfolio.Due;
import vn.ocop.portfolio.DueList;
import vn.ocop.portfolio.DueReason;
import vn.ocop.portfolio.Locality;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.portfolio.PortfolioRecognition;

/** Due lists over generated portfolios, against a plain computation of each reason's definition. */
class DueListProperties {
    static final Scorer SCORER = Ocop.scorer();
    static final List<String> EDITIONS = List.of("QD-1048-2019", "QD-148-2023", "QD-26-2026");

    @Provide
    Arbitrary<List<PortfolioProduct>> portfolios() {
        Arbitrary<LocalDate> dates = Arbitraries.integers()
                .between(0, 365 * 10)
                .map(d -> LocalDate.parse("2019-06-01").plusDays(d));
        Arbitrary<PortfolioRecognition> recognition = Combinators.combine(
                        Arbitraries.integers().between(3, 5),
                        Arbitraries.of(EDITIONS),
                        dates,
                        Arbitraries.integers().between(-400, 400).injectNull(0.7))
                .as((stars, edition, date, shift) -> new PortfolioRecognition(
                        stars,
                        edition,
                        date,
                        null,
                        null,
                        shift == null ? null : date.plusMonths(36).plusDays(shift)));
        return recognition.list().ofMaxSize(3).list().ofMinSize(1).ofMaxSize(25).map(lists -> {
            List<PortfolioProduct> out = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) {
                out.add(new PortfolioProduct("p" + i, null, null, Locality.UNKNOWN, lists.get(i)));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers()
                .between(0, 365 * 11)
                .map(d -> LocalDate.parse("2019-08-21").plusDays(d));
    }

    /** What each reason's definition gives, computed plainly from the latest recognition of each product. */
    static Set<String> expected(List<PortfolioProduct> portfolio, LocalDate asOf, int within) {
        Edition inForce = SCORER.catalogue().editions().stream()
                .filter(e -> e.inForceOn(asOf))
                .max(java.util.Comparator.comparing(Edition::effectiveFrom))
                .orElseThrow();
        Set<String> out = new TreeSet<>();
        for (PortfolioProduct p : portfolio) {
            // the latest decided by then: by date, then expiry, then stars, then the later in the list
            PortfolioRecognition latest = null;
            for (PortfolioRecognition r : p.recognitions()) {
                if (r.recognitionDate().isAfter(asOf)) {
                    continue;
                }
                if (latest == null
                        || java.util.Comparator.comparing(PortfolioRecognition::recognitionDate)
                                        .thenComparing(DueListProperties::expiry)
                                        .thenComparingInt(PortfolioRecognition::stars)
                                        .compare(r, latest)
                                >= 0) {
                    latest = r;
                }
            }
            if (latest == null) {
                continue;
            }
            LocalDate expires = latest.expires() != null
                    ? latest.expires()
                    : latest.recognitionDate().plusMonths(36);
            long since = ChronoUnit.DAYS.between(expires, asOf); // > 0 once expired
            if (since <= 0 && !expires.isAfter(asOf.plusMonths(within))) {
                out.add(p.id() + " EXPIRING");
            }
            if (inForce.reEvaluation() != null
                    && !asOf.isBefore(expires.minusDays(inForce.reEvaluation().earliestDaysBefore()))
                    && !asOf.isAfter(expires.minusDays(inForce.reEvaluation().latestDaysBefore()))) {
                out.add(p.id() + " REEVALUATION_WINDOW_OPEN");
            }
            if (since > 0 && since < 180) {
                out.add(p.id() + " IN_GRACE");
            }
            if (since >= 180) {
                out.add(p.id() + " LAPSED");
            }
            LocalDate from =
                    SCORER.catalogue().edition(latest.edition()).orElseThrow().effectiveFrom();
            if (since < 180 && from.isBefore(inForce.effectiveFrom())) {
                out.add(p.id() + " EDITION_CHANGE");
            }
        }
        return out;
    }

    static LocalDate expiry(PortfolioRecognition r) {
        return r.expires() != null ? r.expires() : r.recognitionDate().plusMonths(36);
    }

    @Property(tries = 200)
    void theRulesListWhatEachReasonsDefinitionGives(
            @ForAll("portfolios") List<PortfolioProduct> portfolio,
            @ForAll("days") LocalDate asOf,
            @ForAll @IntRange(min = 0, max = 24) int within) {
        DueList list = SCORER.due(portfolio, asOf, within);
        Set<String> actual = new TreeSet<>();
        list.due().forEach(d -> actual.add(d.id() + " " + d.reason()));
        assertEquals(expected(portfolio, asOf, within), actual);
    }

    @Property(tries = 200)
    void noProductIsListedTwiceForOneReasonNorValidBeyondTheWindowUnlessItsWindowOrEditionSaysSo(
            @ForAll("portfolios") List<PortfolioProduct> portfolio,
            @ForAll("days") LocalDate asOf,
            @ForAll @IntRange(min = 0, max = 24) int within) {
        DueList list = SCORER.due(portfolio, asOf, within);
        Set<String> seen = new HashSet<>();
        for (Due d : list.due()) {
            assertTrue(seen.add(d.id() + " " + d.reason()), "listed twice: " + d);
            if (d.reason() != DueReason.REEVALUATION_WINDOW_OPEN && d.reason() != DueReason.EDITION_CHANGE) {
                assertTrue(!d.expires().isAfter(asOf.plusMonths(within)), "valid beyond the window: " + d);
            }
        }
        assertEquals(portfolio.size(), list.products());
    }
}
