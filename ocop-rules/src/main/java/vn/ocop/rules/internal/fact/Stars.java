package vn.ocop.rules.internal.fact;

/**
 * The star level of a sheet, inserted by the band rule that matched its total and lowered by the common
 * rules: minimum markers (policy HIGHEST_PASSING_LEVEL) and stop rules.
 */
public final class Stars {
    private final Evaluation evaluation;

    Stars(Evaluation evaluation) {
        this.evaluation = evaluation;
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

    /** @return the marker policy's name */
    public String getMarkerPolicy() {
        return evaluation.getMarkerPolicy();
    }
}
