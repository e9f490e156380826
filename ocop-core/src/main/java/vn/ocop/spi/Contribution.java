package vn.ocop.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the plan rules found: a recognition that counts towards a target.
 *
 * @param target  the position of the target in the plan
 * @param holding the position of the recognition in the holdings the rules were given
 * @param commune for an {@code EACH_COMMUNE} target, the commune of its list the product is in; else {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Contribution(
        int target, int holding, @Nullable String commune) {}
