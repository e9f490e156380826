package vn.ocop.rules.internal.fact;

/**
 * A minimum marker the sheet fails, recorded on the {@link Evaluation} by a rule of the {@code minimum
 * markers} table (not a fact). The rule's name identifies the criterion, its minimum and marked option in
 * the catalogue, which is read from the same cells.
 */
public final class FailedMinimum {
    private final int stars;
    private final String rule;

    /**
     * @param stars the star level whose minimum failed
     * @param rule  the marker rule's name
     */
    public FailedMinimum(int stars, String rule) {
        this.stars = stars;
        this.rule = rule;
    }

    /** @return the star level whose minimum failed */
    public int getStars() {
        return stars;
    }

    /** @return the marker rule's name */
    public String getRule() {
        return rule;
    }
}
