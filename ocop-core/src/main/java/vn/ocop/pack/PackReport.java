package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Packs#validate} found.
 *
 * @param location the pack's location, as given
 * @param pack     the pack's identity, or {@code null} when its manifest could not be read
 * @param problems the problems; the pack is valid when there are none
 * @param warnings things to know that do not make the pack invalid
 * @param changes  for a valid pack, what it changes against the national edition
 */
@API(status = STABLE, since = "0.1.0")
public record PackReport(
        String location,
        @Nullable PackInfo pack,
        List<PackProblem> problems,
        List<String> warnings,
        List<PackChange> changes) {
    /** Copies the lists. */
    public PackReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
    }

    /** @return whether the pack can be used (JSON field {@code valid}) */
    public boolean valid() {
        return problems.isEmpty();
    }
}
