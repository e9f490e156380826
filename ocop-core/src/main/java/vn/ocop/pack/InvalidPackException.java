package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import vn.ocop.OcopException;

/** A pack cannot be used: every problem found is listed, each with its file, line and cell. */
@API(status = STABLE, since = "0.1.0")
public class InvalidPackException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final String pack;
    private final transient List<PackProblem> problems;

    /**
     * @param pack     the pack's location
     * @param problems its problems, at least one
     */
    public InvalidPackException(String pack, List<PackProblem> problems) {
        super("pack " + pack + " is invalid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid pack has at least one problem");
        }
        this.pack = pack;
        this.problems = List.copyOf(problems);
    }

    /** @return the pack's location */
    public String pack() {
        return pack;
    }

    /** @return every problem found */
    public List<PackProblem> problems() {
        return problems;
    }
}
