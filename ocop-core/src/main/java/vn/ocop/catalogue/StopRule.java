package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A stop rule of a criteria set: a finding (foreign matter, intellectual-property violation, …)
 * or a zero score on a key criterion after which the product is not assessed further or is
 * eliminated. Either way the product receives no star rating.
 *
 * @param rule      name of the rule
 * @param finding   the finding that triggers it, or {@code null} when a zero score triggers it
 * @param criterion the criterion the official note is attached to (or that scores zero)
 * @param effect    not assessed further or eliminated, as the official note says
 * @param text      the official note
 */
@API(status = STABLE, since = "0.1.0")
public record StopRule(String rule, @Nullable String finding, String criterion, StopEffect effect, String text) {
    /** Checks the stop rule. */
    public StopRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(text, "text");
    }

    /** @return the finding that triggers this rule, empty for a zero-score rule */
    public Optional<String> triggeringFinding() {
        return Optional.ofNullable(finding);
    }
}
