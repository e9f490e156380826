package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Part;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/** Properties of the national rules over generated sheets of every set of every shipped edition. */
class ScoringProperties {
    static final Scorer SCORER = Ocop.scorer();
    static final List<CriteriaSet> SETS = SCORER.catalogue().editions().stream().flatMap(e -> e.sets().stream()).toList();

    @Provide
    Arbitrary<Sheet> sheets() {
        return SheetArbitraries.sheets(SETS);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void totalAndPartsStayWithinTheirMaxima(@ForAll("sheets") Sheet sheet) {
        ScoreResult r = SCORER.score(sheet);
        CriteriaSet set = SCORER.catalogue().set(sheet.criteriaSet()).orElseThrow();
        for (Part p : set.parts()) {
            BigDecimal points = r.parts().get(p.code());
            assertTrue(points.signum() >= 0 && points.compareTo(p.max()) <= 0, p.code() + " = " + points);
        }
        assertTrue(r.total().signum() >= 0 && r.total().compareTo(BigDecimal.valueOf(100)) <= 0, "total " + r.total());
        Statistics.label("band").collect(r.bandStars());
        Statistics.label("edition").collect(r.edition());
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void droolsAgreesWithThePlainJavaReference(@ForAll("sheets") Sheet sheet) {
        CriteriaSet set = SCORER.catalogue().set(sheet.criteriaSet()).orElseThrow();
        ScoreResult r = SCORER.score(sheet);
        ReferenceScorer.Outcome expected = ReferenceScorer.score(set, sheet);
        assertEquals(expected.criteria(), r.criteria(), "per-criterion points");
        assertEquals(expected.parts(), r.parts(), "parts");
        assertEquals(0, expected.total().compareTo(r.total()), "total");
        assertEquals(expected.band(), r.bandStars(), "band");
        assertEquals(expected.stars(), r.stars(), "final stars");
        Map<Integer, List<String>> failed = new LinkedHashMap<>();
        r.failedMinimums().forEach((k, v) -> {
            if (!v.isEmpty()) {
                failed.put(k, v.stream().map(FailedMinimum::criterion).toList());
            }
        });
        assertEquals(expected.failed(), failed, "failed minimums");
        Statistics.label("stars").collect(r.stars());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void bandIsExactlyTheOfficialBandOfTheTotal(@ForAll("sheets") Sheet sheet) {
        ScoreResult r = SCORER.score(sheet);
        assertEquals(ReferenceScorer.officialBand(r.total()), r.bandStars(), "total " + r.total());
        assertTrue(r.stars() <= r.bandStars());
        assertEquals(r.stars() >= 3, r.ocopProduct());
    }

    @Provide
    Arbitrary<Raise> raises() {
        return sheets().flatMap(sheet -> {
            CriteriaSet set = SCORER.catalogue().set(sheet.criteriaSet()).orElseThrow();
            return Arbitraries.of(set.leaves()).map(c -> new Raise(sheet, c));
        });
    }

    record Raise(Sheet sheet, Criterion criterion) {
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void raisingAnyOneAnswerNeverLowersTheStars(@ForAll("raises") Raise raise) {
        Answer current = raise.sheet().answers().get(raise.criterion().code());
        Answer higher = SheetArbitraries.raised(raise.criterion(), current).orElse(current);
        Map<String, Answer> answers = new LinkedHashMap<>(raise.sheet().answers());
        answers.put(raise.criterion().code(), higher);
        Sheet raised = new Sheet(null, raise.sheet().criteriaSet(), null, null, null, answers, List.of());
        ScoreResult before = SCORER.score(raise.sheet());
        ScoreResult after = SCORER.score(raised);
        assertTrue(after.total().compareTo(before.total()) >= 0, "total fell");
        assertTrue(after.bandStars() >= before.bandStars(), "band fell");
        assertTrue(after.stars() >= before.stars(),
                "stars fell from " + before.stars() + " to " + after.stars() + " raising " + raise.criterion().code());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void theExplanationAddsUpToTheResult(@ForAll("sheets") Sheet sheet) {
        ScoreResult r = SCORER.score(sheet);
        BigDecimal awarded = r.awards().stream().map(a -> a.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, awarded.compareTo(r.total()), "awards add up to the total");
        for (var part : r.parts().entrySet()) {
            BigDecimal groups = r.groups().stream().filter(g -> g.part() == part.getKey()).map(g -> g.points())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, groups.compareTo(part.getValue()), "groups add up to part " + part.getKey());
        }
        var e = r.explanation();
        assertEquals(r.bandStars(), e.band().stars());
        assertTrue(e.band().from().compareTo(r.total()) <= 0);
        for (var level : e.levels()) {
            assertTrue(level.stars() > r.stars());
            assertEquals(level.bandMissed(), level.pointsShort().signum() > 0);
            assertEquals(r.failedMinimums().get(level.stars()).stream().map(FailedMinimum::criterion).toList(),
                    level.markers().stream().map(m -> m.criterion()).toList());
            assertTrue(level.bandMissed() || !level.markers().isEmpty() || !level.stoppedBy().isEmpty(),
                    level.stars() + "★ was missed for a reason the explanation names");
        }
        assertEquals(Math.max(0, 5 - Math.max(2, r.stars())), e.levels().size());
        assertTrue(!e.summary().isEmpty());
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void scoringIsDeterministicAcrossThreads(@ForAll("sheets") Sheet sheet) throws Exception {
        ScoreResult first = SCORER.score(sheet);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ScoreResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> SCORER.score(sheet)));
            }
            for (Future<ScoreResult> f : results) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
