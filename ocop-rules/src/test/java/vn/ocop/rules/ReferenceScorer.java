package vn.ocop.rules;

import java.math.BigDecimal;
import vn.ocop.Ocop;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/**
 * The tester kit's plain-Java reference scorer, for these tests, plus the official bands of 26/2026
 * (Điều 3.3) typed here rather than read from the rule files, so that the bands themselves are checked.
 */
final class ReferenceScorer {
    private ReferenceScorer() {}

    static int officialBand(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return 5;
        }
        if (total.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return 4;
        }
        if (total.compareTo(BigDecimal.valueOf(50)) >= 0) {
            return 3;
        }
        return total.compareTo(BigDecimal.valueOf(30)) >= 0 ? 2 : 1;
    }

    static BigDecimal points(Criterion c, Answer a) {
        return vn.ocop.testkit.ReferenceScorer.points(c, a);
    }

    static vn.ocop.testkit.ReferenceScorer.Outcome score(CriteriaSet set, Sheet sheet) {
        return vn.ocop.testkit.ReferenceScorer.score(
                Ocop.catalogue().edition(set.edition()).orElseThrow(), set, sheet);
    }
}
