package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import vn.ocop.portfolio.Locality;
import vn.ocop.portfolio.Plan;
import vn.ocop.portfolio.PlanMeasure;
import vn.ocop.portfolio.PlanProgress;
import vn.ocop.portfolio.PlanTarget;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.portfolio.PortfolioRecognition;
import vn.ocop.portfolio.PortfolioStats;

/**
 * Plan progress over generated portfolios and plans: never more than the portfolio holds, equal to a plain
 * computation of each measure's definition, and (for products held on the date) equal to what the statistics
 * rules count.
 */
class PlanProperties {
    static final Scorer SCORER = Ocop.scorer();
    static final List<String> PROVINCES = List.of("Bến Tre", "Trà Vinh");
    static final List<String> COMMUNES = List.of("Mỹ Thạnh", "An Khánh", "Phú Hưng");

    @Provide
    Arbitrary<List<PortfolioProduct>> portfolios() {
        Arbitrary<PortfolioRecognition> recognition = Combinators.combine(
                        Arbitraries.integers().between(3, 5),
                        Arbitraries.of("QD-1048-2019", "QD-148-2023", "QD-26-2026"),
                        Arbitraries.integers()
                                .between(0, 365 * 8)
                                .map(d -> LocalDate.parse("2019-06-01").plusDays(d)),
                        Arbitraries.integers().between(-400, 400).injectNull(0.7))
                .as((stars, edition, date, shift) -> new PortfolioRecognition(
                        stars,
                        edition,
                        date,
                        null,
                        null,
                        shift == null ? null : date.plusMonths(36).plusDays(shift)));
        Arbitrary<Locality> locality = Combinators.combine(
                        Arbitraries.of(PROVINCES).injectNull(0.1),
                        Arbitraries.of(COMMUNES).injectNull(0.1))
                .as((p, c) -> new Locality(p, null, c));
        Arbitrary<PortfolioProduct> product = Combinators.combine(
                        locality, recognition.list().ofMaxSize(3))
                .as((l, rs) -> new PortfolioProduct("x", null, null, l, rs));
        return product.list().ofMinSize(1).ofMaxSize(25).map(ps -> {
            List<PortfolioProduct> out = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                PortfolioProduct p = ps.get(i);
                out.add(new PortfolioProduct("p" + i, null, null, p.locality(), p.recognitions()));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<PlanTarget> target = Combinators.combine(
                        Arbitraries.of(PlanMeasure.class),
                        Arbitraries.integers().between(2019, 2027),
                        Arbitraries.integers().between(3, 5),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.of(PROVINCES).injectNull(0.4),
                        Arbitraries.of(COMMUNES).injectNull(0.7),
                        Arbitraries.subsetOf(COMMUNES).ofMinSize(1))
                .as((m, year, stars, count, province, commune, communes) -> PlanTarget.builder("t", year, m)
                        .stars(stars)
                        .count(count)
                        .locality(new Locality(province, null, m == PlanMeasure.EACH_COMMUNE ? null : commune))
                        .communes(m == PlanMeasure.EACH_COMMUNE ? new ArrayList<>(new TreeSet<>(communes)) : List.of())
                        .build());
        return target.list().ofMinSize(1).ofMaxSize(8).map(ts -> {
            List<PlanTarget> out = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                PlanTarget t = ts.get(i);
                out.add(PlanTarget.builder("t" + i, t.year(), t.measure())
                        .stars(t.stars())
                        .count(t.count())
                        .locality(t.locality())
                        .communes(t.communes())
                        .build());
            }
            return new Plan(null, out);
        });
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers()
                .between(0, 365 * 9)
                .map(d -> LocalDate.parse("2019-08-21").plusDays(d));
    }

    static String key(String s) {
        return s == null
                ? ""
                : Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    static boolean covers(PlanTarget t, Locality l) {
        return (t.locality().province() == null || key(t.locality().province()).equals(key(l.province())))
                && (t.locality().commune() == null
                        || key(t.locality().commune()).equals(key(l.commune())));
    }

    static LocalDate expiry(PortfolioRecognition r) {
        return r.expires() != null ? r.expires() : r.recognitionDate().plusMonths(36);
    }

    /** A product's recognitions decided by a day, earliest first (ties: expiry, stars, order in the file). */
    static List<PortfolioRecognition> ordered(PortfolioProduct p, LocalDate by) {
        List<PortfolioRecognition> rs = new ArrayList<>();
        for (PortfolioRecognition r : p.recognitions()) {
            if (!r.recognitionDate().isAfter(by)) {
                rs.add(r);
            }
        }
        rs.sort(Comparator.comparing(PortfolioRecognition::recognitionDate)
                .thenComparing(PlanProperties::expiry)
                .thenComparingInt(PortfolioRecognition::stars)); // stable: ties keep the file's order
        return rs;
    }

    /** What each target's definition gives, computed plainly: the products that count. */
    static Set<String> expected(PortfolioProduct p, PlanTarget t, LocalDate asOf) {
        Set<String> out = new TreeSet<>();
        if (!covers(t, p.locality())) {
            return out;
        }
        List<PortfolioRecognition> rs = ordered(p, asOf);
        LocalDate end = asOf.getYear() == t.year() ? asOf : LocalDate.of(t.year(), 12, 31);
        switch (t.measure()) {
            case NEW, REEVALUATED, UPGRADED -> {
                for (int i = 0; i < rs.size(); i++) {
                    PortfolioRecognition r = rs.get(i);
                    boolean counts = r.recognitionDate().getYear() == t.year()
                            && r.stars() >= t.stars()
                            && switch (t.measure()) {
                                case NEW -> i == 0;
                                case REEVALUATED -> i > 0;
                                default -> i > 0 && rs.get(i - 1).stars() < r.stars();
                            };
                    if (counts) {
                        out.add(p.id());
                    }
                }
            }
            case HELD, EACH_COMMUNE -> {
                // what is decided by the date and by the last day (a later year counts what is known now)
                List<PortfolioRecognition> by = ordered(p, end.isBefore(asOf) ? end : asOf);
                if (!by.isEmpty()) {
                    PortfolioRecognition latest = by.get(by.size() - 1);
                    boolean inList = t.measure() == PlanMeasure.HELD
                            || t.communes().stream()
                                    .anyMatch(
                                            c -> key(c).equals(key(p.locality().commune())));
                    if (latest.stars() >= t.stars() && !expiry(latest).isBefore(end) && inList) {
                        out.add(p.id());
                    }
                }
            }
        }
        return out;
    }

    @Property(tries = 150)
    void progressIsWhatEachMeasuresDefinitionGivesAndNeverMoreThanThePortfolioHolds(
            @ForAll("portfolios") List<PortfolioProduct> portfolio,
            @ForAll("plans") Plan plan,
            @ForAll("days") LocalDate asOf) {
        PlanProgress progress = SCORER.plan(portfolio, plan, asOf);
        assertEquals(plan.targets().size(), progress.targets().size());
        for (PlanProgress.Progress g : progress.targets()) {
            PlanTarget t = g.target();
            Set<String> expected = new TreeSet<>();
            long covered =
                    portfolio.stream().filter(p -> covers(t, p.locality())).count();
            portfolio.forEach(p -> expected.addAll(expected(p, t, asOf)));
            assertEquals(List.copyOf(expected), g.counted(), t.toString());
            assertTrue(g.counted().size() <= covered, "more products counted than the locality has: " + g);
            if (t.measure() == PlanMeasure.EACH_COMMUNE) {
                assertTrue(
                        g.achieved() <= t.communes().size()
                                && g.achieved() <= g.counted().size(),
                        g.toString());
                Map<String, Integer> perCommune = new TreeMap<>();
                t.communes()
                        .forEach(c -> perCommune.put(c, (int) portfolio.stream()
                                .filter(p -> expected.contains(p.id())
                                        && key(p.locality().commune()).equals(key(c)))
                                .count()));
                assertEquals(perCommune, new TreeMap<>(g.byCommune()), t.toString());
                assertEquals(
                        perCommune.values().stream().filter(n -> n >= t.count()).count(), g.achieved());
            } else {
                assertEquals(g.counted().size(), g.achieved());
                assertEquals(
                        g.achieved(),
                        g.byCommune().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum(),
                        g.toString());
            }
            assertEquals(
                    g.achieved() >= g.goal()
                            ? PlanProgress.Status.MET
                            : g.achieved() > 0 ? PlanProgress.Status.PARTLY_MET : PlanProgress.Status.NOT_MET,
                    g.status());
        }
    }

    /** Two rule files agree: products held on the date at or above a star level, and the statistics' counts. */
    @Property(tries = 100)
    void productsHeldOnTheDateAreTheRecognisedProductsOfTheStatistics(
            @ForAll("portfolios") List<PortfolioProduct> portfolio,
            @ForAll("days") LocalDate asOf,
            @ForAll @IntRange(min = 3, max = 5) int stars) {
        PlanTarget held = PlanTarget.builder("held", asOf.getYear(), PlanMeasure.HELD)
                .stars(stars)
                .count(1)
                .locality(Locality.UNKNOWN)
                .communes(List.of())
                .build();
        PlanProgress progress = SCORER.plan(portfolio, new Plan(null, List.of(held)), asOf);
        PortfolioStats stats = SCORER.stats(portfolio, asOf);
        int recognised = 0;
        for (Map.Entry<String, Integer> e : stats.counts().get("stars").entrySet()) {
            if (Integer.parseInt(e.getKey()) >= stars) {
                recognised += e.getValue();
            }
        }
        assertEquals(recognised, progress.targets().get(0).achieved());
    }
}
