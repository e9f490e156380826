package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One rung of a criterion's ladder.
 *
 * @param position 1-based position in the official order
 * @param points   points awarded when this option is chosen
 * @param label    the official wording (Vietnamese)
 * @param rule     name of the rule that awards the points
 */
@API(status = STABLE, since = "0.1.0")
public record Option(int position, BigDecimal points, String label, String rule) {
    /** Checks the option. */
    public Option {
        if (position < 1) {
            throw new IllegalArgumentException("option position must be 1 or more: " + position);
        }
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
    }
}
