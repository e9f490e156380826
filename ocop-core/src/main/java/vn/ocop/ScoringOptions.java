package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Options of a {@link Scorer}. Start from {@link #defaults()} and change what you need with the
 * {@code with…} methods.
 *
 * @param markerPolicy what failed minimum markers do to the star level
 * @param edition      the edition to score under when a sheet names none, or {@code null} to let the
 *                     set's code or the sheet's dates decide
 * @param quorum       the members a council needs (reported; a council below it gets a warning)
 * @param maxSpread    the largest allowed difference between the highest and lowest member totals
 * @param spreadPolicy what a larger spread does
 * @param markerBasis  what a council's minimum markers are checked on
 */
@API(status = STABLE, since = "0.1.0")
public record ScoringOptions(
        MarkerPolicy markerPolicy,
        @Nullable String edition,
        int quorum,
        BigDecimal maxSpread,
        SpreadPolicy spreadPolicy,
        MarkerBasis markerBasis) {
    /** Checks the options. */
    public ScoringOptions {
        Objects.requireNonNull(markerPolicy, "markerPolicy");
        Objects.requireNonNull(maxSpread, "maxSpread");
        Objects.requireNonNull(spreadPolicy, "spreadPolicy");
        Objects.requireNonNull(markerBasis, "markerBasis");
        if (quorum < 1) {
            throw new IllegalArgumentException("quorum must be at least 1: " + quorum);
        }
        if (maxSpread.signum() < 0) {
            throw new IllegalArgumentException("maxSpread must not be negative: " + maxSpread);
        }
    }

    /**
     * @return {@link MarkerPolicy#HIGHEST_PASSING_LEVEL}, edition from the sheet, quorum 1, spread up to 10
     *         points with a warning beyond, markers on per-criterion means
     */
    public static ScoringOptions defaults() {
        return new ScoringOptions(
                MarkerPolicy.HIGHEST_PASSING_LEVEL,
                null,
                1,
                BigDecimal.TEN,
                SpreadPolicy.WARN,
                MarkerBasis.CRITERION_MEANS);
    }

    /** @param policy a marker policy @return a copy with that policy */
    public ScoringOptions withMarkerPolicy(MarkerPolicy policy) {
        return new ScoringOptions(policy, edition, quorum, maxSpread, spreadPolicy, markerBasis);
    }

    /** @param id an edition id such as {@code QD-148-2023}, or {@code null} @return a copy with that edition */
    public ScoringOptions withEdition(String id) {
        return new ScoringOptions(markerPolicy, id, quorum, maxSpread, spreadPolicy, markerBasis);
    }

    /** @param members the members a council needs @return a copy with that quorum */
    public ScoringOptions withQuorum(int members) {
        return new ScoringOptions(markerPolicy, edition, members, maxSpread, spreadPolicy, markerBasis);
    }

    /**
     * @param max    the largest allowed spread of member totals
     * @param policy what a larger spread does
     * @return a copy with that spread rule
     */
    public ScoringOptions withSpread(BigDecimal max, SpreadPolicy policy) {
        return new ScoringOptions(markerPolicy, edition, quorum, max, policy, markerBasis);
    }

    /** @param basis what council markers are checked on @return a copy with that basis */
    public ScoringOptions withMarkerBasis(MarkerBasis basis) {
        return new ScoringOptions(markerPolicy, edition, quorum, maxSpread, spreadPolicy, basis);
    }
}
