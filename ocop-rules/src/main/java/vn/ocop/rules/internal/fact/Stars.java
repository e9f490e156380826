package vn.ocop.rules.internal.fact;

/**
 * The star level of a sheet, inserted by the band rule that matched its total and lowered by the common
 * rules: minimum markers (policy HIGHEST_PASSING_LEVEL) and stop rules. The band rule fires after every
 * marker rule, so the lowest failed level is known when the stars are created.
 */
public final class Stars {
    private final Evaluation evaluation;
    private final int lowestFailedLevel;

    Stars(Evaluation evaluation, int lowestFailedLevel) {
        this.evaluation = evaluation;
        this.lowestFailedLevel = lowestFailedLevel;
    }

    /** @return the lowest star level with a failed minimum marker, or {@link Integer#MAX_VALUE} when none failed */
    public int getLowestFailedLevel() {
        return lowestFailedLevel;
    }

    /** @return the final star level so far */
    public int getStars() {
        return evaluation.getStars();
    }

    /** @param stars the final star level */
    public void setStars(int stars) {
        evaluation.setStars(stars);
    }

    /** @return the band's star level */
    public int getBandStars() {
        return evaluation.getBandStars();
    }

    /** @return the marker policy */
    public vn.ocop.MarkerPolicy getMarkerPolicy() {
        return evaluation.getMarkerPolicy();
    }
}
