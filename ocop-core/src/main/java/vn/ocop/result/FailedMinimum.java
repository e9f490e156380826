package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A minimum marker that the product did not reach.
 *
 * @param criterion    criterion code
 * @param stars        the star level the minimum belongs to
 * @param required     the points the marker requires
 * @param actual       the points the product got
 * @param markedOption 1-based position of the option carrying the marker (the least option that satisfies it)
 * @param rule         the rule that checked it
 */
@API(status = STABLE, since = "0.1.0")
public record FailedMinimum(
        String criterion, int stars, BigDecimal required, BigDecimal actual, int markedOption, String rule) {
    /** Checks the failed minimum. */
    public FailedMinimum {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(actual, "actual");
        if (actual.compareTo(required) >= 0) {
            throw new IllegalArgumentException("criterion " + criterion + " reached its " + stars + "-star minimum ("
                    + actual + " >= " + required + ") and cannot be listed as failed");
        }
    }
}
