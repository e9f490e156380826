package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Why a result has its star level: the band the total falls in (and the rule that applied it), and for each
 * level above the final one what held it back — the band, each minimum marker with the option that would
 * satisfy it, a stop rule or a rejected dossier.
 *
 * @param summary one sentence, for people
 * @param band    the band of the total, or {@code null} for a rejected dossier
 * @param levels  one entry per star level from 3 to 5 above the final stars
 */
@API(status = STABLE, since = "0.1.0")
public record Explanation(String summary, @Nullable Band band, List<Level> levels) {
    /** Copies the levels. */
    public Explanation {
        Objects.requireNonNull(summary, "summary");
        levels = List.copyOf(levels);
    }

    /**
     * The band of the total.
     *
     * @param stars   the band's level
     * @param from    its lowest total
     * @param below   its exclusive upper edge, or {@code null}
     * @param upTo    its inclusive upper edge, or {@code null}
     * @param wording the official description
     * @param rule    the rule that applied it
     */
    public record Band(
            int stars,
            BigDecimal from,
            @Nullable BigDecimal below,
            @Nullable BigDecimal upTo,
            String wording,
            String rule) {}

    /**
     * A star level the product did not get, and why.
     *
     * @param stars      the level
     * @param bandMissed whether the total is below the level's band
     * @param pointsShort how many points the total lacks for the band (0 when the band is reached)
     * @param markers    the level's minimum markers the product misses
     * @param stoppedBy  the stop rules or dossier findings that hold the product back, by name
     */
    public record Level(
            int stars, boolean bandMissed, BigDecimal pointsShort, List<Marker> markers, List<String> stoppedBy) {
        /** Copies the lists. */
        public Level {
            markers = List.copyOf(markers);
            stoppedBy = List.copyOf(stoppedBy);
        }
    }

    /**
     * A missed minimum marker and the option that would meet it.
     *
     * @param criterion      the criterion
     * @param criterionLabel its official label
     * @param required       the points required
     * @param actual         the points it has
     * @param option         the least option that meets it (1-based)
     * @param optionLabel    that option's official wording
     */
    public record Marker(
            String criterion,
            String criterionLabel,
            BigDecimal required,
            BigDecimal actual,
            int option,
            String optionLabel) {}
}
