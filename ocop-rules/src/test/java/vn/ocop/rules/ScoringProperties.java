package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * Properties of the national rules over generated sheets of every set of every shipped edition, beyond the
 * tester kit's suite (run for each edition by the NationalEdition…Properties classes): the bands are the
 * official ones, typed here, and explanations add up.
 */
class ScoringProperties {
    static final Scorer SCORER = Ocop.scorer();
    static final List<CriteriaSet> SETS = SCORER.catalogue().editions().stream()
            .flatMap(e -> e.sets().stream())
            .toList();

    @Provide
    Arbitrary<Sheet> sheets() {
        return SheetArbitraries.sheets(SETS);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void bandIsExactlyTheOfficialBandOfTheTotal(@ForAll("sheets") Sheet sheet) {
        ScoreResult r = SCORER.score(sheet);
        assertEquals(ReferenceScorer.officialBand(r.total()), r.bandStars(), "total " + r.total());
        assertTrue(r.stars() <= r.bandStars());
        assertEquals(r.stars() >= 3, r.ocopProduct());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void theExplanationAddsUpToTheResult(@ForAll("sheets") Sheet sheet) {
        ScoreResult r = SCORER.score(sheet);
        BigDecimal awarded = r.awards().stream().map(a -> a.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, awarded.compareTo(r.total()), "awards add up to the total");
        for (var part : r.parts().entrySet()) {
            BigDecimal groups = r.groups().stream()
                    .filter(g -> g.part() == part.getKey())
                    .map(g -> g.points())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, groups.compareTo(part.getValue()), "groups add up to part " + part.getKey());
        }
        var e = r.explanation();
        assertEquals(r.bandStars(), e.band().stars());
        assertTrue(e.band().from().compareTo(r.total()) <= 0);
        for (var level : e.levels()) {
            assertTrue(level.stars() > r.stars());
            assertEquals(level.bandMissed(), level.pointsShort().signum() > 0);
            assertEquals(
                    r.failedMinimums().get(level.stars()).stream()
                            .map(FailedMinimum::criterion)
                            .toList(),
                    level.markers().stream().map(m -> m.criterion()).toList());
            assertTrue(
                    level.bandMissed()
                            || !level.markers().isEmpty()
                            || !level.stoppedBy().isEmpty(),
                    level.stars() + "★ was missed for a reason the explanation names");
        }
        assertEquals(Math.max(0, 5 - Math.max(2, r.stars())), e.levels().size());
        assertTrue(!e.summary().isEmpty());
    }
}
