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

    private ScoringOptions(
            MarkerPolicy markerPolicy,
            @Nullable String edition,
            int quorum,
            BigDecimal maxSpread,
            SpreadPolicy spreadPolicy,
            MarkerBasis markerBasis,
            Limits limits,
            Rounding rounding,
            BigDecimal farFromMean,
            boolean expertsScore) {
        Objects.requireNonNull(markerPolicy, "markerPolicy");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(farFromMean, "farFromMean");
        Objects.requireNonNull(maxSpread, "maxSpread");
        Objects.requireNonNull(spreadPolicy, "spreadPolicy");
        Objects.requireNonNull(markerBasis, "markerBasis");
        if (quorum < 0) {
            throw new IllegalArgumentException(
                    "quorum must be 0 (every scoring member) or the number of members required: " + quorum);
        }
        if (farFromMean.signum() < 0
                || farFromMean.compareTo(MAX_SPREAD) > 0
                || farFromMean.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException("farFromMean must lie between 0 and " + MAX_SPREAD.toPlainString()
                    + " points, in at most 6 decimals: " + abbreviate(farFromMean));
        }
        if (maxSpread.signum() < 0
                || maxSpread.compareTo(MAX_SPREAD) > 0
                || maxSpread.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException("maxSpread must lie between 0 and " + MAX_SPREAD.toPlainString()
                    + " points, in at most 6 decimals: " + abbreviate(maxSpread));
        }
        this.markerPolicy = markerPolicy;
        this.edition = edition;
        this.quorum = quorum;
        this.maxSpread = maxSpread;
        this.spreadPolicy = spreadPolicy;
        this.markerBasis = markerBasis;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.rounding = rounding;
        this.farFromMean = farFromMean;
        this.expertsScore = expertsScore;
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
        return new ScoringOptions(
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

    /** @param points how far from the mean a member's total is flagged @return a copy with that distance */
    public ScoringOptions withFarFromMean(BigDecimal points) {
        return new ScoringOptions(
                markerPolicy,
                edition,
                quorum,
                maxSpread,
                spreadPolicy,
                markerBasis,
                limits,
                rounding,
                points,
                expertsScore);
    }

    /** @param score whether invited experts score @return a copy with that choice */
    public ScoringOptions withExpertsScoring(boolean score) {
        return new ScoringOptions(
                markerPolicy,
                edition,
                quorum,
                maxSpread,
                spreadPolicy,
                markerBasis,
                limits,
                rounding,
                farFromMean,
                score);
    }

    /**
     * @param limits the bounds on what is read
     * @return a copy with those limits
     */
    public ScoringOptions withLimits(Limits limits) {
        return new ScoringOptions(
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
        return new ScoringOptions(
                MarkerPolicy.HIGHEST_PASSING_LEVEL,
                null,
                0,
                BigDecimal.TEN,
                SpreadPolicy.WARN,
                MarkerBasis.CRITERION_MEANS,
                Limits.defaults(),
                Rounding.EXACT,
                BigDecimal.valueOf(6),
                false);
    }

    /** @param policy a marker policy @return a copy with that policy */
    public ScoringOptions withMarkerPolicy(MarkerPolicy policy) {
        return new ScoringOptions(
                policy,
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

    /** @param id an edition id such as {@code QD-148-2023}, or {@code null} @return a copy with that edition */
    public ScoringOptions withEdition(String id) {
        return new ScoringOptions(
                markerPolicy,
                id,
                quorum,
                maxSpread,
                spreadPolicy,
                markerBasis,
                limits,
                rounding,
                farFromMean,
                expertsScore);
    }

    /**
     * @param members the scoring members who must have scored, or 0 for every scoring member of the sitting
     * @return a copy with that quorum
     */
    public ScoringOptions withQuorum(int members) {
        return new ScoringOptions(
                markerPolicy,
                edition,
                members,
                maxSpread,
                spreadPolicy,
                markerBasis,
                limits,
                rounding,
                farFromMean,
                expertsScore);
    }

    /**
     * @param max    the largest allowed spread of member totals
     * @param policy what a larger spread does
     * @return a copy with that spread rule
     */
    public ScoringOptions withSpread(BigDecimal max, SpreadPolicy policy) {
        return new ScoringOptions(
                markerPolicy, edition, quorum, max, policy, markerBasis, limits, rounding, farFromMean, expertsScore);
    }

    /** @param basis what council markers are checked on @return a copy with that basis */
    public ScoringOptions withMarkerBasis(MarkerBasis basis) {
        return new ScoringOptions(
                markerPolicy,
                edition,
                quorum,
                maxSpread,
                spreadPolicy,
                basis,
                limits,
                rounding,
                farFromMean,
                expertsScore);
    }
}
