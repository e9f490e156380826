package vn.ocop.pack;

import java.util.Objects;

/**
 * One problem of a pack, located as precisely as the file allows.
 *
 * @param file    the file, relative to the pack (for example {@code sets/QD26-01.csv} or {@code pack.xlsx})
 * @param line    the 1-based line or worksheet row, 0 when the problem concerns the whole file
 * @param cell    the spreadsheet cell ({@code C14}, or {@code Sheet1!C14} in a workbook), or {@code null}
 * @param message what is wrong, naming the item, the value and the rule broken
 */
public record PackProblem(String file, int line, String cell, String message) {
    /** Checks the fields. */
    public PackProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (cell != null ? " (cell " + cell + ")" : "") + ": " + message;
    }
}
