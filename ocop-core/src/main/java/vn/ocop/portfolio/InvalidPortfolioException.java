package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import vn.ocop.OcopException;
import vn.ocop.SheetProblem;

/** A portfolio that cannot be read: every problem, with its line and JSON path. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidPortfolioException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final transient List<SheetProblem> problems;

    /**
     * @param source   where the portfolio came from
     * @param problems its problems (at least one), each path starting with its line ({@code line 3 $.id})
     */
    public InvalidPortfolioException(String source, List<SheetProblem> problems) {
        super(source + ": " + (problems.isEmpty() ? "invalid" : problems.get(0).toString())
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid portfolio has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return every problem */
    public List<SheetProblem> problems() {
        return problems;
    }
}
