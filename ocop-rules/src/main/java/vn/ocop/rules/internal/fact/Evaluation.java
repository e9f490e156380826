package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.type.Modifies;

/**
 * The sheet being scored as a whole: the rules write its group and part sums, total, band and final
 * stars here, and collect the failed minimums and stops at the end.
 */
public final class Evaluation {
    private final String criteriaSet;
    private final String markerPolicy;
    private final List<Subtotal> groups;
    private final List<Subtotal> parts;
    private final int members;
    private BigDecimal total = BigDecimal.ZERO;
    private int bandStars;
    private int stars;
    private String bandRule;
    private String rejectedBy;
    private String rejectRule;
    private final List<FailedMinimum> failedMinimums = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();

    /**
     * @param criteriaSet  the criteria set
     * @param markerPolicy the name of a {@link vn.ocop.MarkerPolicy}
     * @param groups       one subtotal per group
     * @param parts        one subtotal per part
     * @param members      the sheets the scores sum over (1 for a sheet, the council's size for a council)
     */
    public Evaluation(String criteriaSet, String markerPolicy, List<Subtotal> groups, List<Subtotal> parts,
                      int members) {
        this.criteriaSet = criteriaSet;
        this.members = members;
        this.markerPolicy = markerPolicy;
        this.groups = List.copyOf(groups);
        this.parts = List.copyOf(parts);
    }

    /** @return the criteria set */
    public String getCriteriaSet() {
        return criteriaSet;
    }

    /** @return the marker policy's name */
    public String getMarkerPolicy() {
        return markerPolicy;
    }

    /** @return the group subtotals */
    public List<Subtotal> getGroups() {
        return groups;
    }

    /** @return the part subtotals */
    public List<Subtotal> getParts() {
        return parts;
    }

    /** @return the total: the sheet's, or the council's mean total */
    public BigDecimal getTotal() {
        return total;
    }

    /** @param sum the sum of all scores, as Drools' {@code sum} returns it; stored divided by the members */
    public void setTotal(Number sum) {
        this.total = Points.mean(Points.of(sum), members);
    }

    /** @return the band's star level */
    public int getBandStars() {
        return bandStars;
    }

    /** @return the final star level so far */
    public int getStars() {
        return stars;
    }

    /** @param stars the final star level */
    public void setStars(int stars) {
        this.stars = stars;
    }

    /**
     * Called by a star-band rule: the band's level, and the starting point of the final stars.
     *
     * @param stars the band's star level
     * @param rule  the band rule's name
     */
    @Modifies({"bandStars", "stars", "bandRule"})
    public void band(int stars, String rule) {
        this.bandStars = stars;
        this.stars = stars;
        this.bandRule = rule;
    }

    /** @return the band rule that applied */
    public String getBandRule() {
        return bandRule;
    }

    /**
     * Called when a dossier finding rejects the sheet before scoring.
     *
     * @param finding the finding
     * @param rule    the rule's name
     */
    public void reject(String finding, String rule) {
        this.rejectedBy = finding;
        this.rejectRule = rule;
    }

    /** @return the finding that rejected the dossier, or {@code null} */
    public String getRejectedBy() {
        return rejectedBy;
    }

    /** @return the rule that rejected the dossier, or {@code null} */
    public String getRejectRule() {
        return rejectRule;
    }

    /**
     * Called last: the failed minimums and stops in working memory.
     *
     * @param failed the failed minimums
     * @param stops  the stops
     */
    public void collect(List<?> failed, List<?> stops) {
        failed.forEach(f -> failedMinimums.add((FailedMinimum) f));
        stops.forEach(s -> this.stops.add((Stop) s));
    }

    /** @return the failed minimums collected */
    public List<FailedMinimum> failedMinimums() {
        return failedMinimums;
    }

    /** @return the stops collected */
    public List<Stop> stops() {
        return stops;
    }
}
