package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a pack, located as precisely as the file allows, in English and in Vietnamese.
 *
 * @param file      the file, relative to the pack (for example {@code sets/QD26-01.csv} or {@code pack.xlsx})
 * @param line      the 1-based line or worksheet row, 0 when the problem concerns the whole file
 * @param cell      the spreadsheet cell ({@code C14}, or {@code 'QD26-01'!C14} in a workbook), or {@code null}
 * @param message   what is wrong, in English, naming the item, the value and the rule broken
 * @param messageVi the same in Vietnamese, for the officer (the English text where no translation exists)
 */
@API(status = STABLE, since = "0.1.0")
public record PackProblem(String file, int line, @Nullable String cell, String message, String messageVi) {
    /** Checks the fields. */
    public PackProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        messageVi = messageVi == null ? message : messageVi;
    }

    /**
     * A problem whose Vietnamese wording comes from the library's message catalogue.
     *
     * @param file    the file
     * @param line    the line, 0 for the whole file
     * @param cell    the cell, or {@code null}
     * @param message what is wrong, in English
     */
    public PackProblem(String file, int line, @Nullable String cell, String message) {
        this(file, line, cell, message, vn.ocop.internal.Vietnamese.translate(message));
    }

    /**
     * @param locale the reader's locale: Vietnamese for {@code vi}, English otherwise
     * @return the problem with its location, in that language
     */
    public String toString(Locale locale) {
        boolean vi = locale != null && locale.getLanguage().equals("vi");
        return file + (line > 0 ? ":" + line : "") + (cell != null ? (vi ? " (ô " : " (cell ") + cell + ")" : "") + ": "
                + (vi ? messageVi : message);
    }

    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }
}
