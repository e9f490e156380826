package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A minimum marker (dấu sao: {@code ***}, {@code ****}, {@code *****}): the points a product must
 * reach on a criterion to be rated {@code stars} or more. Markers are cumulative, so a criterion
 * marked for 4 stars carries a minimum for 5 stars too.
 *
 * @param stars        the star level the minimum applies to (3, 4 or 5)
 * @param points       the least points that satisfy it
 * @param markedOption 1-based position of the option that carries the marker
 * @param rule         name of the rule that checks it
 */
@API(status = STABLE, since = "0.1.0")
public record Minimum(int stars, BigDecimal points, int markedOption, String rule) {
    /** Checks the minimum. */
    public Minimum {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(rule, "rule");
    }
}
