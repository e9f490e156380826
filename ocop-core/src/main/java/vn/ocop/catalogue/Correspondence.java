package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A criterion of an earlier edition's set and its counterpart in a later edition's set, as the library's rule
 * files record them ({@code vn/ocop/rules/qd26/carried.csv}): used to carry a sheet's answers to the edition in
 * force when a product is re-evaluated.
 *
 * @param fromSet       the earlier set, such as {@code QD148-01}
 * @param fromCriterion its criterion, such as {@code 2.b}
 * @param toSet         the later set, such as {@code QD26-01}
 * @param toCriterion   the counterpart, such as {@code 2.2}
 * @param sameOptions   whether the two criteria have the same options (labels and points), so that an answer
 *                      carries; {@code false} when the ladder changed and the criterion is assessed afresh
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Correspondence(
        String fromSet, String fromCriterion, String toSet, String toCriterion, boolean sameOptions) {
    /** Checks the correspondence. */
    public Correspondence {
        Objects.requireNonNull(fromSet, "fromSet");
        Objects.requireNonNull(fromCriterion, "fromCriterion");
        Objects.requireNonNull(toSet, "toSet");
        Objects.requireNonNull(toCriterion, "toCriterion");
    }
}
