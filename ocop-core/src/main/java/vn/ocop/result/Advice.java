package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a sheet needs to reach the star levels above its own: for each higher level, the smallest sets of
 * answer changes that reach it (fewest criteria changed, then fewest rungs climbed), each checked by
 * scoring the changed sheet with the rules.
 *
 * @param criteriaSet the sheet's criteria set
 * @param edition     its edition
 * @param stars       the sheet's final stars now
 * @param total       its total now
 * @param targets     the reachable star levels above the current one, lowest first
 * @param unreachable the levels above the current one that no change of answers reaches, with the reason
 */
@API(status = STABLE, since = "0.1.0")
public record Advice(
        String criteriaSet,
        String edition,
        int stars,
        BigDecimal total,
        List<Target> targets,
        List<Target> unreachable) {
    /** Copies the lists. */
    public Advice {
        Objects.requireNonNull(criteriaSet, "criteriaSet");
        targets = List.copyOf(targets);
        unreachable = List.copyOf(unreachable);
    }

    /**
     * A star level and the ways to reach it, best first; empty when no change of answers reaches it (a stop
     * rule or a rejected dossier that answers cannot lift, or a band beyond the set's reach).
     *
     * @param stars     the star level
     * @param reachable whether any proposal reaches it
     * @param changes   the best proposal's changes (the public contract's {@code changes})
     * @param proposals every proposal found, best first (the first is {@code changes})
     * @param reason    why it cannot be reached, when it cannot
     */
    public record Target(int stars, boolean reachable, List<Change> changes, List<Proposal> proposals, String reason) {
        /** Copies the lists. */
        public Target {
            changes = List.copyOf(changes);
            proposals = List.copyOf(proposals);
            reason = reason == null ? "" : reason;
        }
    }

    /**
     * One way to reach a level.
     *
     * @param changes    the answers to change
     * @param rungs      the rungs climbed in all
     * @param totalAfter the total once changed
     * @param starsAfter the final stars the rules give the changed sheet
     */
    public record Proposal(List<Change> changes, int rungs, BigDecimal totalAfter, int starsAfter) {
        /** Copies the changes. */
        public Proposal {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One answer to change.
     *
     * @param criterion  the leaf criterion
     * @param caseCode   the case of a case criterion, else {@code null} (JSON: {@code case})
     * @param option     the 1-based option position to choose
     * @param fromOption the option chosen now (0 for none)
     * @param points     the points of the new option
     * @param fromPoints the points now
     */
    public record Change(
            String criterion,
            @Nullable String caseCode,
            int option,
            int fromOption,
            BigDecimal points,
            BigDecimal fromPoints) {
        /** Checks the change. */
        public Change {
            Objects.requireNonNull(criterion, "criterion");
        }
    }
}
