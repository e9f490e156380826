package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Selection;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/**
 * Totals exactly on and just below each band edge of 26/2026 (Điều 3.3: từ 50 đến dưới 70 …): 49 is
 * 2★, 50 is 3★, 69 is 3★, 70 is 4★, 89 is 4★, 90 is 5★, in sets of every category.
 */
class BandEdgesTest {
    static final Scorer SCORER = Ocop.scorer();

    static Stream<Arguments> edges() {
        return Stream.of("QD26-01", "QD26-11", "QD26-14", "QD26-18", "QD26-21", "QD26-24", "QD26-26")
                .flatMap(set -> Stream.of(new int[] {29, 1}, new int[] {30, 2}, new int[] {49, 2}, new int[] {50, 3},
                        new int[] {69, 3}, new int[] {70, 4}, new int[] {89, 4}, new int[] {90, 5})
                        .map(e -> Arguments.of(set, e[0], e[1])));
    }

    /**
     * A sheet whose total is exactly {@code target}: every criterion takes the best option whose
     * points still fit, walking the criteria in order; case criteria use case a.
     */
    static Sheet sheetWithTotal(CriteriaSet set, int target) {
        Sheet.Builder b = Sheet.builder(set.id());
        BigDecimal left = BigDecimal.valueOf(target);
        for (Criterion c : set.leaves()) {
            java.util.List<Option> ladder = c.selection() == Selection.CASES ? c.cases().get(0).options() : c.options();
            int chosen = 0;
            for (Option o : ladder) {
                if (o.points().compareTo(left) <= 0) {
                    chosen = o.position();
                }
            }
            BigDecimal pts = chosen == 0 ? BigDecimal.ZERO : ladder.get(chosen - 1).points();
            left = left.subtract(pts);
            switch (c.selection()) {
                case YES_NO -> b.answer(c.code(), chosen == 2);
                case CASES -> b.answer(c.code(), Answer.caseOption(c.cases().get(0).code(), chosen));
                default -> b.answer(c.code(), chosen);
            }
        }
        assertEquals(0, left.signum(), "cannot build a sheet of " + set.id() + " with total " + target);
        return b.build();
    }

    @ParameterizedTest(name = "{0}: total {1} is {2}★")
    @MethodSource("edges")
    void totalOnOrBelowAnEdgeFallsInTheOfficialBand(String setId, int total, int stars) {
        CriteriaSet set = SCORER.catalogue().set(setId).orElseThrow();
        ScoreResult r = SCORER.score(sheetWithTotal(set, total));
        assertEquals(0, r.total().compareTo(BigDecimal.valueOf(total)));
        assertEquals(stars, r.bandStars());
    }
}
