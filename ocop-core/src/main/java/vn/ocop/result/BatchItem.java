package vn.ocop.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.SheetProblem;

/**
 * One sheet of a batch scored with {@link vn.ocop.Scorer#scoreEach}: its result, or the problems that kept
 * it from being scored.
 *
 * @param position the sheet's position in the batch, from 0
 * @param result   the result, or {@code null} when the sheet has problems
 * @param problems the sheet's problems (empty when it was scored), each carrying the position
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record BatchItem(int position, @Nullable ScoreResult result, List<SheetProblem> problems) {
    /** Checks that the item has either a result or problems. */
    public BatchItem {
        problems = List.copyOf(problems);
        if ((result == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a batch item has a result or problems, not both or neither");
        }
        Objects.checkIndex(position, Integer.MAX_VALUE);
    }

    /** @return whether the sheet was scored */
    public boolean scored() {
        return result != null;
    }
}
