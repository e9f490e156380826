package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/**
 * The total of a sheet (or a council) once its minimum markers have been checked, inserted by the common
 * rule "Rating" and never modified: the edition's band rules match it ({@code total >= 90}) and insert the
 * {@link Stars}.
 */
public final class Rating {
    private final Evaluation evaluation;
    private final BigDecimal total;

    Rating(Evaluation evaluation, BigDecimal total) {
        this.evaluation = evaluation;
        this.total = total;
    }

    /** @return the total (for a council, the mean of the members' totals) */
    public BigDecimal getTotal() {
        return total;
    }

    /**
     * Called by a star-band rule.
     *
     * @param stars the band's star level
     * @param rule  the band rule's name
     * @return the fact the marker policy and the stop effect lower
     */
    public Stars band(int stars, String rule) {
        return evaluation.band(stars, rule);
    }
}
