package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A stop rule that applied: the product is not assessed further, or is eliminated, and gets no stars.
 *
 * @param rule      the rule that applied
 * @param finding   the finding that triggered it, or {@code null} for a zero-score rule
 * @param criterion the criterion the official note belongs to
 * @param effect    not assessed further, or eliminated
 * @param text      the official note
 */
@API(status = STABLE, since = "0.1.0")
public record AppliedStop(
        String rule, @Nullable String finding, String criterion, vn.ocop.catalogue.StopEffect effect, String text) {
    /** Checks the stop. */
    public AppliedStop {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(effect, "effect");
    }
}
