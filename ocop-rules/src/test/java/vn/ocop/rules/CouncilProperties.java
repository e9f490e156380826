package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/** Properties of council scoring over generated councils of 1 to 9 members. */
class CouncilProperties {
    static final Scorer SCORER = Ocop.scorer();
    static final List<CriteriaSet> SETS =
            SCORER.catalogue().edition("QD-26-2026").orElseThrow().sets();

    @Provide
    Arbitrary<List<Sheet>> councils() {
        return Arbitraries.of(SETS)
                .flatMap(set -> SheetArbitraries.sheets(set).list().ofMinSize(1).ofMaxSize(9));
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void theMeanLiesBetweenTheLowestAndHighestMemberTotals(@ForAll("councils") List<Sheet> members) {
        ScoreResult r = SCORER.scoreCouncil(members);
        assertTrue(
                r.total().compareTo(r.council().lowestTotal()) >= 0,
                r.total() + " < " + r.council().lowestTotal());
        assertTrue(
                r.total().compareTo(r.council().highestTotal()) <= 0,
                r.total() + " > " + r.council().highestTotal());
        BigDecimal sum = r.council().members().stream().map(m -> m.total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exactTimesN = r.total().multiply(BigDecimal.valueOf(members.size()));
        assertTrue(exactTimesN.subtract(sum).abs().compareTo(new BigDecimal("1E-30")) < 0, "mean × n = sum of totals");
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void permutingTheMembersChangesNothing(@ForAll("councils") List<Sheet> members, @ForAll long seed) {
        List<Sheet> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        ScoreResult a = SCORER.scoreCouncil(members);
        ScoreResult b = SCORER.scoreCouncil(shuffled);
        assertEquals(a.criteria(), b.criteria());
        assertEquals(a.parts(), b.parts());
        assertEquals(a.total(), b.total());
        assertEquals(a.bandStars(), b.bandStars());
        assertEquals(a.stars(), b.stars());
        assertEquals(a.failedMinimums(), b.failedMinimums());
        assertEquals(a.council().spread(), b.council().spread());
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE, maxDiscardRatio = 20)
    void addingAMemberWhoseSheetTotalsTheMeanLeavesTheMeanUnchanged(@ForAll("councils") List<Sheet> members) {
        ScoreResult before = SCORER.scoreCouncil(members);
        BigDecimal mean = before.total().stripTrailingZeros();
        Assume.that(mean.scale() <= 0);
        CriteriaSet set = SCORER.catalogue().set(members.get(0).criteriaSet()).orElseThrow();
        java.util.Optional<Sheet> atTheMean = BandEdgesTest.findSheetWithTotal(set, mean.intValueExact());
        Assume.that(atTheMean.isPresent());
        List<Sheet> more = new ArrayList<>(members);
        more.add(atTheMean.get());
        ScoreResult after = SCORER.scoreCouncil(more);
        assertEquals(0, after.total().compareTo(before.total()));
        assertEquals(before.bandStars(), after.bandStars());
    }
}
