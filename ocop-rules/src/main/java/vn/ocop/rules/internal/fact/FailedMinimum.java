package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/** Inserted (logically) by a minimum-marker rule while a criterion is below the marker. */
public final class FailedMinimum {
    private final String criterion;
    private final int stars;
    private final BigDecimal actual;
    private final String rule;

    /**
     * @param criterion the criterion
     * @param stars     the star level of the marker
     * @param actual    the criterion's points
     * @param rule      the rule's name
     */
    public FailedMinimum(String criterion, int stars, BigDecimal actual, String rule) {
        this.criterion = criterion;
        this.stars = stars;
        this.actual = actual;
        this.rule = rule;
    }

    /** @return the criterion */
    public String getCriterion() {
        return criterion;
    }

    /** @return the star level of the marker */
    public int getStars() {
        return stars;
    }

    /** @return the criterion's points */
    public BigDecimal getActual() {
        return actual;
    }

    /** @return the rule's name */
    public String getRule() {
        return rule;
    }
}
