package vn.ocop;

import java.util.Objects;

/**
 * One problem of a sheet.
 *
 * @param path    where it is, as a JSON path such as {@code $.answers["1.1"]}
 * @param message what is wrong, naming the criterion, the value and the rule broken
 */
public record SheetProblem(String path, String message) {
    /** Checks the problem. */
    public SheetProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
