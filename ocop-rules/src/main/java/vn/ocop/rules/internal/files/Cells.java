package vn.ocop.rules.internal.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import vn.ocop.RuleFileException;

/**
 * Typed reading of one cell of a rule file. Every value that the library later turns into a rule passes
 * through one of these methods, so that it has a known grammar: codes are letters, digits and dots, numbers
 * are plain finite decimals, star levels and positions small whole numbers. Text cells (wording, notes) are
 * never turned into rule code at all.
 */
public final class Cells {
    /** A criteria set's code: {@code QD26-01}, {@code LD26-01}. */
    public static final Pattern SET_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,15}(-[A-Z0-9]{1,15}){0,3}");
    /** An edition's code: {@code QD-26-2026}. */
    public static final Pattern EDITION_CODE = SET_CODE;
    /** A criterion's official code: {@code 1.5}, {@code 6.1.2}, {@code 2.a}, {@code 3.đ}, {@code 8}, {@code 3.c#2}. */
    public static final Pattern CRITERION_CODE = Pattern.compile("[0-9]{1,2}(\\.[0-9a-zđ]{1,2}){0,3}(#[0-9])?");
    /** A group's code: {@code 1} … {@code 17}. */
    public static final Pattern GROUP_CODE = Pattern.compile("[0-9]{1,2}");
    /** A case of a tourism criterion: {@code a}, {@code b}. */
    public static final Pattern CASE_CODE = Pattern.compile("[a-z]");
    /** A plain decimal: digits, optionally a dot and more digits; no sign, exponent or separators. */
    static final Pattern DECIMAL = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6})?");

    private static final Pattern COMMA_DECIMAL = Pattern.compile("[0-9]{1,6},[0-9]{1,6}");

    private Cells() {}

    /**
     * @return the cell's text, required to be non-empty
     * @throws RuleFileException naming the cell when it is empty
     */
    public static String required(String file, Csv.Row row, int column, String what) {
        String v = row.cell(column);
        if (v.isEmpty()) {
            throw new RuleFileException(file, row.line(), row.cellName(column), what + " is missing");
        }
        return v;
    }

    /**
     * @return the cell's code, checked against the grammar
     * @throws RuleFileException naming the cell when the code is missing or malformed
     */
    public static String code(String file, Csv.Row row, int column, Pattern grammar, String what, String example) {
        String v = required(file, row, column, what);
        if (!grammar.matcher(v).matches()) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(column),
                    what + " '" + v + "' is not a valid code (expected something like " + example + ")");
        }
        return v;
    }

    /**
     * A plain, finite, non-negative decimal such as {@code 3} or {@code 1.5}. A Vietnamese decimal comma
     * ({@code 1,5}) is refused with a hint, never guessed.
     */
    public static BigDecimal decimal(String file, Csv.Row row, int column, String what) {
        String v = required(file, row, column, what);
        if (COMMA_DECIMAL.matcher(v).matches()) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(column),
                    what + " '" + RuleFiles.abbreviate(v) + "' uses a decimal" + " comma: write " + v.replace(',', '.')
                            + " (a dot), or format the cell as a number");
        }
        if (!DECIMAL.matcher(v).matches()) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(column),
                    what + " must be a number such as 3" + " or 1.5: '" + RuleFiles.abbreviate(v) + "'");
        }
        return new BigDecimal(v);
    }

    /** Like {@link #decimal} but an empty cell gives {@code null}. */
    public static BigDecimal optionalDecimal(String file, Csv.Row row, int column, String what) {
        return row.cell(column).isEmpty() ? null : decimal(file, row, column, what);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int whole(String file, Csv.Row row, int column, String what, int min, int max) {
        String v = required(file, row, column, what);
        int n;
        try {
            if (!v.matches("[0-9]{1,9}")) {
                throw new NumberFormatException(v); // also other scripts' digits, which parseInt would take
            }
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(column),
                    what + " must be a whole number: '" + RuleFiles.abbreviate(v) + "'");
        }
        if (n < min || n > max) {
            throw new RuleFileException(
                    file, row.line(), row.cellName(column), what + " must be from " + min + " to " + max + ": " + n);
        }
        return n;
    }

    /** An ISO date such as {@code 2026-05-22}. */
    public static LocalDate date(String file, Csv.Row row, int column, String what) {
        String v = required(file, row, column, what);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(column),
                    what + " must be a date like" + " 2026-05-22: '" + RuleFiles.abbreviate(v) + "'");
        }
    }

    /** Like {@link #date} but an empty cell gives {@code null}. */
    public static LocalDate optionalDate(String file, Csv.Row row, int column, String what) {
        return row.cell(column).isEmpty() ? null : date(file, row, column, what);
    }

    /**
     * A minimum-star marker as the decision prints it: {@code ***}, {@code ****} or {@code *****}.
     *
     * @return 3, 4 or 5; 0 for an empty cell
     */
    public static int marker(String file, Csv.Row row, int column) {
        String v = row.cell(column);
        if (v.isEmpty()) {
            return 0;
        }
        String compact = v.replace(" ", "");
        if (compact.matches("\\*{3,5}")) {
            if (!compact.equals(v)) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(column),
                        "write the marker without spaces: '" + compact + "' instead of '" + RuleFiles.abbreviate(v)
                                + "'");
            }
            return v.length();
        }
        throw new RuleFileException(
                file,
                row.line(),
                row.cellName(column),
                "a minimum-star marker is ***, **** or" + " ***** (3, 4 or 5 stars), or an empty cell: '"
                        + RuleFiles.abbreviate(v) + "'");
    }
}
