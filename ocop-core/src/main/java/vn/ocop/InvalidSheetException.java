package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** A sheet cannot be scored: every problem found is listed, each with its JSON path. */
@API(status = STABLE, since = "0.1.0")
public class InvalidSheetException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<SheetProblem> problems;

    /**
     * @param source   where the sheet came from (a file name, {@code <stdin>:3}, or a description)
     * @param problems the problems, at least one
     */
    public InvalidSheetException(String source, List<SheetProblem> problems) {
        super(message(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid sheet has at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String message(String source, List<SheetProblem> problems) {
        String head = (source == null || source.isEmpty() ? "sheet" : source) + ": " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems");
        return head + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }

    /** @return where the sheet came from */
    public String source() {
        return source;
    }

    /** @return every problem found */
    public List<SheetProblem> problems() {
        return problems;
    }
}
