package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One difference between a pack and the national edition it is layered over.
 *
 * @param kind      what changed
 * @param set       the criteria set, or {@code null} for a change of the edition (bands, DRL)
 * @param criterion the criterion, or {@code null}
 * @param detail    the change in words, with the national and the pack's values
 */
@API(status = STABLE, since = "0.1.0")
public record PackChange(
        Kind kind, @Nullable String set, @Nullable String criterion, String detail) {
    /** Checks the fields. */
    public PackChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** The kinds of change. */
    public enum Kind {
        /** a set that the national edition does not have */
        SET_ADDED,
        /** a set's name, number or notes differ */
        SET_CHANGED,
        /** a criterion the national set does not have */
        CRITERION_ADDED,
        /** a national criterion the pack's set does not have */
        CRITERION_REMOVED,
        /** a criterion's maximum, label or kind differs */
        CRITERION_CHANGED,
        /** an option was added, removed, or its points or wording differ */
        OPTION_CHANGED,
        /** a minimum marker was added, removed or changed */
        MARKER_CHANGED,
        /** a stop rule was added, removed or changed */
        STOP_RULE_CHANGED,
        /** a group's or part's maximum or heading differs */
        STRUCTURE_CHANGED,
        /** the star bands differ */
        BANDS_CHANGED,
        /** the pack adds trusted DRL rules */
        DRL_ADDED
    }

    @Override
    public String toString() {
        return kind + (set == null ? "" : " " + set) + (criterion == null ? "" : " " + criterion) + ": " + detail;
    }
}
