package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
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
                .flatMap(set -> Stream.of(
                                new int[] {29, 1},
                                new int[] {30, 2},
                                new int[] {49, 2},
                                new int[] {50, 3},
                                new int[] {69, 3},
                                new int[] {70, 4},
                                new int[] {89, 4},
                                new int[] {90, 5})
                        .map(e -> Arguments.of(set, e[0], e[1])));
    }

    /**
     * A sheet whose total is exactly {@code target}, found by subset sum over the option points (case
     * criteria use case a; "none applies" counts as 0), or empty when no sheet of the set totals it.
     */
    static java.util.Optional<Sheet> findSheetWithTotal(CriteriaSet set, int target) {
        List<Criterion> leaves = set.leaves();
        // reach[i][t]: the option position giving total t over the first i criteria (-1: unreachable)
        int[][] reach = new int[leaves.size() + 1][target + 1];
        for (int[] row : reach) {
            java.util.Arrays.fill(row, -1);
        }
        reach[0][0] = 0;
        for (int i = 0; i < leaves.size(); i++) {
            List<Option> ladder = ladder(leaves.get(i));
            for (int t = 0; t <= target; t++) {
                if (reach[i][t] < 0) {
                    continue;
                }
                if (leaves.get(i).selection() != Selection.YES_NO && reach[i + 1][t] < 0) {
                    reach[i + 1][t] = 0;
                }
                for (Option o : ladder) {
                    int next = t + o.points().intValueExact();
                    if (next <= target && reach[i + 1][next] < 0) {
                        reach[i + 1][next] = o.position();
                    }
                }
            }
        }
        if (reach[leaves.size()][target] < 0) {
            return java.util.Optional.empty();
        }
        int[] chosen = new int[leaves.size()];
        int t = target;
        for (int i = leaves.size(); i > 0; i--) {
            int position = reach[i][t];
            chosen[i - 1] = position;
            t -= position == 0
                    ? 0
                    : ladder(leaves.get(i - 1)).get(position - 1).points().intValueExact();
            // find a predecessor total that was reachable with this choice
            if (reach[i - 1][t] < 0) {
                throw new IllegalStateException("subset-sum reconstruction failed");
            }
        }
        Sheet.Builder b = Sheet.builder(set.id());
        for (int i = 0; i < leaves.size(); i++) {
            Criterion c = leaves.get(i);
            switch (c.selection()) {
                case YES_NO -> b.answer(c.code(), chosen[i] == 2);
                case CASES ->
                    b.answer(c.code(), Answer.caseOption(c.cases().get(0).code(), chosen[i]));
                default -> b.answer(c.code(), chosen[i]);
            }
        }
        return java.util.Optional.of(b.build());
    }

    private static List<Option> ladder(Criterion c) {
        return c.selection() == Selection.CASES ? c.cases().get(0).options() : c.options();
    }

    /** {@link #findSheetWithTotal}, for totals every tested set reaches. */
    static Sheet sheetWithTotal(CriteriaSet set, int target) {
        return findSheetWithTotal(set, target)
                .orElseThrow(() -> new AssertionError("no sheet of " + set.id() + " totals " + target));
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
