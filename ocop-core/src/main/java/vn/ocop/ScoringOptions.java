package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Options of a {@link Scorer}. Start from {@link #defaults()} and change what you need with the
 * {@code with…} methods.
 */
@API(status = STABLE, since = "0.1.0")
public final class ScoringOptions {
    /** The largest spread a council may allow: ten times a whole total (a larger one allows everything). */
    private static final BigDecimal MAX_SPREAD = BigDecimal.valueOf(1000);

    private final MarkerPolicy markerPolicy;
    private final @Nullable String edition;
    private final int quorum;
    private final BigDecimal maxSpread;
    private final SpreadPolicy spreadPolicy;
    private final MarkerBasis markerBasis;
    private final Limits limits;
    private final Rounding rounding;
    private final BigDecimal farFromMean;
    private final boolean expertsScore;

    /** The fields of a {@link ScoringOptions} being made: a copy of one, changed by a {@code with…} method. */
    private static final class Draft {
        MarkerPolicy markerPolicy = MarkerPolicy.HIGHEST_PASSING_LEVEL;

        @Nullable
        String edition;

        int quorum;
        BigDecimal maxSpread = BigDecimal.TEN;
        SpreadPolicy spreadPolicy = SpreadPolicy.WARN;
        MarkerBasis markerBasis = MarkerBasis.CRITERION_MEANS;
        Limits limits = Limits.defaults();
        Rounding rounding = Rounding.EXACT;
        BigDecimal farFromMean = BigDecimal.valueOf(6);
        boolean expertsScore;
    }

    private ScoringOptions(Draft d) {
        Objects.requireNonNull(d.markerPolicy, "markerPolicy");
        Objects.requireNonNull(d.rounding, "rounding");
        Objects.requireNonNull(d.farFromMean, "farFromMean");
        Objects.requireNonNull(d.maxSpread, "maxSpread");
        Objects.requireNonNull(d.spreadPolicy, "spreadPolicy");
        Objects.requireNonNull(d.markerBasis, "markerBasis");
        if (d.quorum < 0) {
            throw new IllegalArgumentException(
                    "quorum must be 0 (every scoring member) or the number of members required: " + d.quorum);
        }
        checkPoints("farFromMean", d.farFromMean);
        checkPoints("maxSpread", d.maxSpread);
        this.markerPolicy = d.markerPolicy;
        this.edition = d.edition;
        this.quorum = d.quorum;
        this.maxSpread = d.maxSpread;
        this.spreadPolicy = d.spreadPolicy;
        this.markerBasis = d.markerBasis;
        this.limits = Objects.requireNonNull(d.limits, "limits");
        this.rounding = d.rounding;
        this.farFromMean = d.farFromMean;
        this.expertsScore = d.expertsScore;
    }

    /** A council's distance in points: 0 to 1000, in at most 6 decimals. */
    private static void checkPoints(String name, BigDecimal points) {
        if (points.signum() < 0
                || points.compareTo(MAX_SPREAD) > 0
                || points.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException(name + " must lie between 0 and " + MAX_SPREAD.toPlainString()
                    + " points, in at most 6 decimals: " + abbreviate(points));
        }
    }

    /** A copy with {@code change} made to its fields, checked again. */
    private ScoringOptions with(java.util.function.Consumer<Draft> change) {
        Draft d = new Draft();
        d.markerPolicy = markerPolicy;
        d.edition = edition;
        d.quorum = quorum;
        d.maxSpread = maxSpread;
        d.spreadPolicy = spreadPolicy;
        d.markerBasis = markerBasis;
        d.limits = limits;
        d.rounding = rounding;
        d.farFromMean = farFromMean;
        d.expertsScore = expertsScore;
        change.accept(d);
        return new ScoringOptions(d);
    }

    /** @return what failed minimum markers do to the star level */
    public MarkerPolicy markerPolicy() {
        return markerPolicy;
    }

    /** @return the edition to score under when a sheet names none, or {@code null} to let the set's code or the sheet's dates decide */
    public @Nullable String edition() {
        return edition;
    }

    /**
     * @return the scoring members who must have scored for a council to be complete; 0 (the default) means
     *         every scoring member of the sitting (a council below it is reported incomplete, with a warning)
     */
    public int quorum() {
        return quorum;
    }

    /**
     * @return the largest allowed difference between any two members' totals (the highest and the lowest);
     *         the pairs further apart are listed
     */
    public BigDecimal maxSpread() {
        return maxSpread;
    }

    /** @return what a larger spread does */
    public SpreadPolicy spreadPolicy() {
        return spreadPolicy;
    }

    /** @return what a council's minimum markers are checked on */
    public MarkerBasis markerBasis() {
        return markerBasis;
    }

    /** @return the bounds on what is read: sheet size, council size, problems listed */
    public Limits limits() {
        return limits;
    }

    /** @return how a council's published mean is rounded before it is banded */
    public Rounding rounding() {
        return rounding;
    }

    /** @return how far (in points) a member's total may lie from the council's mean before it is flagged */
    public BigDecimal farFromMean() {
        return farFromMean;
    }

    /** @return whether invited experts score (their sheets count in the mean) */
    public boolean expertsScore() {
        return expertsScore;
    }

    /** @param rounding how a council's mean is rounded @return a copy with that rounding */
    public ScoringOptions withRounding(Rounding rounding) {
        return with(d -> d.rounding = rounding);
    }

    /** @param points how far from the mean a member's total is flagged @return a copy with that distance */
    public ScoringOptions withFarFromMean(BigDecimal points) {
        return with(d -> d.farFromMean = points);
    }

    /** @param score whether invited experts score @return a copy with that choice */
    public ScoringOptions withExpertsScoring(boolean score) {
        return with(d -> d.expertsScore = score);
    }

    /**
     * @param limits the bounds on what is read
     * @return a copy with those limits
     */
    public ScoringOptions withLimits(Limits limits) {
        return with(d -> d.limits = limits);
    }

    /** A number in a message: its first 30 characters (a spread of 1e-99999999 is 100 MB written out). */
    private static String abbreviate(BigDecimal value) {
        String s = value.toString();
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof ScoringOptions other
                        && java.util.Objects.equals(markerPolicy, other.markerPolicy)
                        && java.util.Objects.equals(edition, other.edition)
                        && quorum == other.quorum
                        && java.util.Objects.equals(maxSpread, other.maxSpread)
                        && java.util.Objects.equals(spreadPolicy, other.spreadPolicy)
                        && java.util.Objects.equals(markerBasis, other.markerBasis)
                        && limits.equals(other.limits)
                        && rounding == other.rounding
                        && farFromMean.equals(other.farFromMean)
                        && expertsScore == other.expertsScore;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                markerPolicy,
                edition,
                quorum,
                maxSpread,
                spreadPolicy,
                markerBasis,
                limits,
                rounding,
                farFromMean,
                expertsScore);
    }

    @Override
    public String toString() {
        return "ScoringOptions[" + "markerPolicy=" + markerPolicy + ", " + "edition=" + edition + ", " + "quorum="
                + quorum + ", " + "maxSpread=" + maxSpread + ", " + "spreadPolicy=" + spreadPolicy + ", "
                + "markerBasis=" + markerBasis + ", limits=" + limits + ", rounding=" + rounding + ", farFromMean="
                + farFromMean + ", expertsScore=" + expertsScore + "]";
    }

    /**
     * @return {@link MarkerPolicy#HIGHEST_PASSING_LEVEL}, edition from the sheet, every scoring member must
     *         score (quorum 0), any two members' totals up to 10 points apart with a warning beyond, members
     *         more than 6 points from the mean flagged, markers on per-criterion means, the exact mean banded,
     *         experts not scoring
     */
    public static ScoringOptions defaults() {
        return new ScoringOptions(new Draft());
    }

    /** @param policy a marker policy @return a copy with that policy */
    public ScoringOptions withMarkerPolicy(MarkerPolicy policy) {
        return with(d -> d.markerPolicy = policy);
    }

    /** @param id an edition id such as {@code QD-148-2023}, or {@code null} @return a copy with that edition */
    public ScoringOptions withEdition(String id) {
        return with(d -> d.edition = id);
    }

    /**
     * @param members the scoring members who must have scored, or 0 for every scoring member of the sitting
     * @return a copy with that quorum
     */
    public ScoringOptions withQuorum(int members) {
        return with(d -> d.quorum = members);
    }

    /**
     * @param max    the largest allowed spread of member totals
     * @param policy what a larger spread does
     * @return a copy with that spread rule
     */
    public ScoringOptions withSpread(BigDecimal max, SpreadPolicy policy) {
        return with(d -> {
            d.maxSpread = max;
            d.spreadPolicy = policy;
        });
    }

    /** @param basis what council markers are checked on @return a copy with that basis */
    public ScoringOptions withMarkerBasis(MarkerBasis basis) {
        return with(d -> d.markerBasis = basis);
    }
}
