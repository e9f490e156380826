package vn.ocop.sheet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A sheet carried to a later edition ({@code ocop migrate --json} prints it): the new sheet with every answer
 * whose criterion and options are the same in both editions, and what must be assessed afresh.
 *
 * @param from    the earlier set, such as {@code QD148-01}
 * @param to      the later set, such as {@code QD26-01}
 * @param sheet   the new sheet: the carried answers only (the fresh criteria are left unanswered), marked as a
 *                re-evaluation under the later edition; no findings (they are assessed afresh)
 * @param carried the answers carried, in the later set's order
 * @param fresh   the criteria of the later set to be assessed afresh, in its order
 * @param dropped the criteria of the earlier set with no counterpart in the later one
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Migration(
        String from, String to, Sheet sheet, List<Carried> carried, List<Fresh> fresh, List<String> dropped) {
    /** Checks and copies. */
    public Migration {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sheet, "sheet");
        carried = List.copyOf(carried);
        fresh = List.copyOf(fresh);
        dropped = List.copyOf(dropped);
    }

    /**
     * An answer carried.
     *
     * @param from           the criterion in the earlier set
     * @param to             the criterion in the later set (renumbered where the codes differ)
     * @param answer         the answer, the same option of the same ladder
     * @param markersChanged whether the later edition marks the options' minimum stars differently (the points
     *                       are the same; what the answer means for the star level may not be)
     */
    public record Carried(String from, String to, Answer answer, boolean markersChanged) {
        /** Checks the carried answer. */
        public Carried {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** Why a criterion is assessed afresh. */
    public enum Reason {
        /** The later set has no counterpart of it in the earlier one. */
        NEW_CRITERION,
        /** Its counterpart in the earlier set has other options or points. */
        CHANGED_OPTIONS
    }

    /**
     * A criterion to assess afresh.
     *
     * @param criterion the criterion in the later set
     * @param reason    why
     * @param was       its counterpart in the earlier set, or {@code null} for a new criterion
     */
    public record Fresh(
            String criterion, Reason reason, @Nullable String was) {
        /** Checks the item. */
        public Fresh {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
