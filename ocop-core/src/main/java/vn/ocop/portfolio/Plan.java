package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plan: targets per locality and year, checked against a portfolio by {@code ocop portfolio plan}
 * ({@code docs/portfolio.md} gives the file).
 *
 * @param name    the plan's name, or {@code null}
 * @param targets its targets, their ids distinct
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Plan(@Nullable String name, List<PlanTarget> targets) {
    /** Checks and copies. */
    public Plan {
        targets = List.copyOf(targets);
        Set<String> ids = new HashSet<>();
        for (PlanTarget t : targets) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("the plan has two targets with id " + t.id());
            }
        }
    }
}
