package vn.ocop;

import java.util.Objects;

/**
 * Options of a {@link Scorer}.
 *
 * @param markerPolicy what failed minimum markers do to the star level
 */
public record ScoringOptions(MarkerPolicy markerPolicy) {
    /** Checks the options. */
    public ScoringOptions {
        Objects.requireNonNull(markerPolicy, "markerPolicy");
    }

    /** @return the defaults: {@link MarkerPolicy#HIGHEST_PASSING_LEVEL} */
    public static ScoringOptions defaults() {
        return new ScoringOptions(MarkerPolicy.HIGHEST_PASSING_LEVEL);
    }

    /** @param policy a marker policy @return a copy with that policy */
    public ScoringOptions withMarkerPolicy(MarkerPolicy policy) {
        return new ScoringOptions(policy);
    }
}
