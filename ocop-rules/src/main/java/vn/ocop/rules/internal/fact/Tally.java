package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The points of a sheet (or a council) once every option rule has fired, inserted by the common rule
 * "Tally" and never modified: the minimum-marker rules check {@code points("1.3") < 3} and the zero-point
 * stop rules {@code points("6.1") == 0}. Once they have fired, the common rule "Rating" inserts the
 * {@link Rating} that the edition's band rules match.
 */
public final class Tally {
    private final Evaluation evaluation;
    private final BigDecimal total;
    private final Map<String, BigDecimal> points;

    Tally(Evaluation evaluation, BigDecimal total, Map<String, BigDecimal> points) {
        this.evaluation = evaluation;
        this.total = total;
        this.points = points;
    }

    /** @return the total (for a council, the mean of the members' totals) */
    public BigDecimal getTotal() {
        return total;
    }

    /**
     * @param criterion a leaf criterion code of the set
     * @return its points: the awarded points on a sheet; for a council, the value its marker basis checks
     * @throws IllegalArgumentException when the set has no such criterion (a rule names a criterion that
     *                                  does not exist)
     */
    public BigDecimal points(String criterion) {
        BigDecimal p = points.get(criterion);
        if (p == null) {
            throw new IllegalArgumentException(
                    "criteria set " + evaluation.getCriteriaSet() + " has no criterion " + criterion);
        }
        return p;
    }

    /**
     * Called by a minimum-marker rule: records the failure on the evaluation. Nothing is inserted; the
     * {@link Stars} the band rule creates afterwards carry the lowest failed level.
     *
     * @param stars the star level whose minimum failed
     * @param rule  the rule's name
     */
    public void failMinimum(int stars, String rule) {
        evaluation.failed(new FailedMinimum(stars, rule));
    }

    /**
     * Called by a zero-point stop rule.
     *
     * @param rule   the rule's name
     * @param effect NOT_ASSESSED or ELIMINATED
     * @return the fact to insert
     */
    public Stop stop(String rule, String effect) {
        return evaluation.stop(rule, effect);
    }

    /**
     * Called by the common rule "Rating" once the marker and zero-point stop rules have fired.
     *
     * @return the fact the band rules match
     */
    public Rating rating() {
        return new Rating(evaluation, total);
    }
}
