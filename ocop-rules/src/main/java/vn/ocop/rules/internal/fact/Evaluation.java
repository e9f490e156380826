package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sheet being scored as a whole. The option rules' awards add up here; once they have all fired, the
 * common rule "Tally" inserts the {@link Tally} that the marker and zero-point stop rules match, and after
 * them the common rule "Rating" inserts the {@link Rating} that the band rules match; the band rule
 * inserts the {@link Stars} that the marker policy and stop effect lower. Everything the result needs
 * (total, band, final stars, failed minimums, stops, rejection) ends up here.
 */
public final class Evaluation {
    private final String criteriaSet;
    private final vn.ocop.MarkerPolicy markerPolicy;
    private final List<Subtotal> groups;
    private final List<Subtotal> parts;
    private final int members;
    private final vn.ocop.Rounding rounding;
    private final Map<String, BigDecimal> checked = new HashMap<>();
    private BigDecimal sum = BigDecimal.ZERO;
    private int lowestFailedLevel = Integer.MAX_VALUE;
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
     * @param markerPolicy what failed minimum markers do to the stars
     * @param groups       one subtotal per group
     * @param parts        one subtotal per part
     * @param members      the sheets the scores sum over (1 for a sheet, the council's size for a council)
     * @param rounding     how a council's mean is published before it is banded (a sheet's: {@code EXACT})
     */
    public Evaluation(
            String criteriaSet,
            vn.ocop.MarkerPolicy markerPolicy,
            List<Subtotal> groups,
            List<Subtotal> parts,
            int members,
            vn.ocop.Rounding rounding) {
        this.criteriaSet = criteriaSet;
        this.members = members;
        this.rounding = rounding;
        this.markerPolicy = markerPolicy;
        this.groups = List.copyOf(groups);
        this.parts = List.copyOf(parts);
    }

    /** Called as a score is created: a criterion no rule awards stays at zero. */
    void known(String criterion) {
        checked.put(criterion, BigDecimal.ZERO);
    }

    /** Called as a score is awarded or given. */
    void record(String criterion, BigDecimal checkedPoints, BigDecimal counted) {
        checked.put(criterion, checkedPoints);
        sum = sum.add(counted);
    }

    /**
     * Called by the common rule "Tally" once every option rule has fired.
     *
     * @return the fact the marker and zero-point stop rules match
     */
    public Tally tally() {
        BigDecimal exact = Points.mean(sum, members);
        total = switch (rounding) {
            case EXACT -> exact;
            case TOTAL_2DP -> vn.ocop.spi.CouncilTally.published(exact, rounding);
            case PARTS_2DP -> parts.stream().map(Subtotal::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        };
        return new Tally(this, total, checked);
    }

    /** Called by a band rule through {@link Rating#band}. */
    Stars band(int stars, String rule) {
        this.bandStars = stars;
        this.stars = stars;
        this.bandRule = rule;
        return new Stars(this, lowestFailedLevel);
    }

    void failed(FailedMinimum f) {
        failedMinimums.add(f);
        lowestFailedLevel = Math.min(lowestFailedLevel, f.getStars());
    }

    /** Called by a stop rule, through {@link Finding#stop} or {@link Tally#stop}: records the stop. */
    Stop stop(String rule, String effect) {
        Stop s = new Stop(rule, effect);
        stops.add(s);
        return s;
    }

    /** @return how the council's means are published ({@code EXACT} for a sheet) */
    public vn.ocop.Rounding getRounding() {
        return rounding;
    }

    /** @return the sheets the scores sum over: 1 for a sheet, the council's scoring members for a council */
    public int getMembers() {
        return members;
    }

    /** @return the criteria set */
    public String getCriteriaSet() {
        return criteriaSet;
    }

    /** @return the marker policy */
    public vn.ocop.MarkerPolicy getMarkerPolicy() {
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

    /** @return the total (the sheet's, or the council's mean total); zero until the tally */
    public BigDecimal getTotal() {
        return total;
    }

    /** @return the band's star level */
    public int getBandStars() {
        return bandStars;
    }

    /** @return the final star level so far */
    public int getStars() {
        return stars;
    }

    void setStars(int stars) {
        this.stars = stars;
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

    /** @return the failed minimums, in the order their rules fired */
    public List<FailedMinimum> failedMinimums() {
        return failedMinimums;
    }

    /** @return the stops, in the order their rules fired */
    public List<Stop> stops() {
        return stops;
    }
}
