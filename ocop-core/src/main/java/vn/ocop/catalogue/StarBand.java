package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A star band of an edition: totals from {@code from} (inclusive) to {@code below} (exclusive), or
 * up to {@code upTo} (inclusive) for the top band.
 *
 * @param stars   the band's star level (1–5)
 * @param from    lowest total of the band, inclusive
 * @param below   exclusive upper edge, or {@code null}
 * @param upTo    inclusive upper edge, or {@code null}
 * @param wording the official description of the level
 * @param rule    name of the rule that applies the band
 */
@API(status = STABLE, since = "0.1.0")
public record StarBand(
        int stars,
        BigDecimal from,
        @Nullable BigDecimal below,
        @Nullable BigDecimal upTo,
        String wording,
        String rule) {
    /** Checks the band. */
    public StarBand {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rule, "rule");
        wording = wording == null ? "" : wording;
    }

    /**
     * @param total a total (or a council's mean total)
     * @return whether the total falls in this band
     */
    public boolean contains(BigDecimal total) {
        if (total.compareTo(from) < 0) {
            return false;
        }
        if (below != null && total.compareTo(below) >= 0) {
            return false;
        }
        return upTo == null || total.compareTo(upTo) <= 0;
    }
}
