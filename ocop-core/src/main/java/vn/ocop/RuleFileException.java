package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule file is malformed or does not compile.
 *
 * <p>The message names the file, the line, and for tabular files the cell (for example
 * {@code QD26-01.csv:31 (cell E31): points must be a number such as 3 or 1.5: 'x'}).
 */
@API(status = STABLE, since = "0.1.0")
public class RuleFileException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String cell;

    /**
     * @param file    the rule file
     * @param line    1-based line (row), 0 when unknown
     * @param cell    spreadsheet cell such as {@code C74}, or {@code null}
     * @param message what is wrong
     */
    public RuleFileException(String file, int line, String cell, String message) {
        super(Objects.requireNonNull(file, "file") + (line > 0 ? ":" + line : "")
                + (cell != null ? " (cell " + cell + ")" : "") + ": " + message);
        this.file = file;
        this.line = line;
        this.cell = cell;
    }

    /** @return the rule file */
    public String file() {
        return file;
    }

    /** @return the 1-based line, 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the spreadsheet cell, or {@code null} */
    public String cell() {
        return cell;
    }
}
