package vn.ocop.examples.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.StarBand;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/**
 * The physical floor for scoring: plain Java over the catalogue (no rules engine, no validation, no result
 * records). It computes the same total, band and final stars (policy HIGHEST_PASSING_LEVEL) as the rules,
 * so the benchmarks can put a ratio beside every Drools figure.
 */
public final class PlainJavaScorer {
    private final Edition edition;
    private final CriteriaSet set;
    private final List<Criterion> leaves;

    /**
     * @param edition the set's edition (for its bands)
     * @param set     the criteria set
     */
    public PlainJavaScorer(Edition edition, CriteriaSet set) {
        this.edition = edition;
        this.set = set;
        this.leaves = set.leaves();
    }

    /** @return the criteria set scored */
    public CriteriaSet set() {
        return set;
    }

    /**
     * @param sheet a valid sheet of the set
     * @return the final stars times 1000 plus the total (a single number the benchmark consumes)
     */
    public long score(Sheet sheet) {
        Map<String, Answer> answers = sheet.answers();
        BigDecimal total = BigDecimal.ZERO;
        int lowestFailed = 6;
        for (Criterion c : leaves) {
            Answer a = answers.get(c.code());
            BigDecimal points;
            if (a instanceof Answer.Choice ch) {
                points = ch.option() == 0
                        ? BigDecimal.ZERO
                        : c.options().get(ch.option() - 1).points();
            } else if (a instanceof Answer.YesNo yn) {
                points = c.options().get(yn.yes() ? 1 : 0).points();
            } else {
                Answer.CaseChoice cc = (Answer.CaseChoice) a;
                points = cc.option() == 0
                        ? BigDecimal.ZERO
                        : c.caseDefinition(cc.caseCode())
                                .orElseThrow()
                                .options()
                                .get(cc.option() - 1)
                                .points();
            }
            total = total.add(points);
            for (Minimum m : c.minimums()) {
                if (points.compareTo(m.points()) < 0 && m.stars() < lowestFailed) {
                    lowestFailed = m.stars();
                }
            }
        }
        int band = 0;
        for (StarBand b : edition.bands()) {
            if (b.contains(total)) {
                band = b.stars();
                break;
            }
        }
        int stars = band >= lowestFailed ? Math.max(lowestFailed - 1, Math.min(band, 2)) : band;
        return stars * 1000L + total.longValue();
    }
}
