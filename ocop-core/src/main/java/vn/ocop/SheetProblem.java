package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a sheet, with what a host needs to act on it without parsing text: a stable {@link Code},
 * the JSON path, the criterion it concerns and the sheet's position in a batch or council.
 *
 * @param code      what kind of problem it is; stable across releases (a host may switch on it)
 * @param path      where it is, as a JSON path such as {@code $.answers["1.1"]}; in a batch or council the
 *                  path begins with the sheet's position or source ({@code sheets[3] $.answers["1.1"]})
 * @param criterion the criterion code the problem concerns, or {@code null}
 * @param sheet     the sheet's position (from 0) in a batch or council, or {@code null} for a single sheet
 * @param message   what is wrong, naming the criterion, the value and the rule broken
 */
@API(status = STABLE, since = "0.1.0")
public record SheetProblem(
        Code code,
        String path,
        @Nullable String criterion,
        @Nullable Integer sheet,
        String message) {

    /** The kinds of sheet problem. Names are a public contract; new ones may be added. */
    public enum Code {
        /** The document is not JSON, or not one JSON object. */
        NOT_JSON,
        /** A field the sheet format does not have. */
        UNKNOWN_FIELD,
        /** A required field is absent. */
        MISSING_FIELD,
        /** A field holds a value of the wrong type or form (a date that is not a date, …). */
        INVALID_VALUE,
        /** The criteria set named is not in the catalogue. */
        UNKNOWN_CRITERIA_SET,
        /** The edition named is not in the catalogue, or disagrees with the set or the caller. */
        UNKNOWN_EDITION,
        /** No edition can be chosen: none was in force on the date, or none was given for a set number. */
        NO_EDITION,
        /** An answer names a criterion the set does not have. */
        UNKNOWN_CRITERION,
        /** A leaf criterion has no answer. */
        MISSING_ANSWER,
        /** An answer names an option the criterion does not have. */
        OPTION_OUT_OF_RANGE,
        /** An answer of the wrong kind: a number for a yes/no criterion, a container criterion answered, … */
        WRONG_ANSWER_KIND,
        /** A case answer names a case the criterion does not have. */
        UNKNOWN_CASE,
        /** A finding the format does not know, or a stop finding the set has no stop rule for. */
        UNKNOWN_FINDING,
        /** A batch or council entry that is no sheet at all, or a council without members. */
        NO_SHEET,
        /** A council's members score different criteria sets. */
        MIXED_SETS,
        /** The sheet's file or stream could not be read: missing, unreadable, or not UTF-8. */
        UNREADABLE,
        /** The document is larger than a {@link vn.ocop.Limit} allows; it was not read further. */
        LIMIT_EXCEEDED
    }

    /** The most characters a problem's message keeps; a longer one (quoting a huge value) is cut with "…". */
    public static final int MAX_MESSAGE = 1_000;

    /** The most characters a problem's path or criterion keeps (a key of a hostile document can be huge). */
    public static final int MAX_PATH = 200;

    /** Checks the problem, and cuts a message, path or criterion over its maximum. */
    public SheetProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        message = cut(message, MAX_MESSAGE);
        path = cut(path, MAX_PATH);
        criterion = criterion == null ? null : cut(criterion, MAX_PATH);
        if (sheet != null && sheet < 0) {
            throw new IllegalArgumentException("a sheet's position is 0 or more: " + sheet);
        }
    }

    /**
     * A problem of a single sheet; the criterion is taken from an answer's path ({@code $.answers["1.1"]}).
     *
     * @param code    what kind of problem
     * @param path    the JSON path
     * @param message what is wrong
     */
    public SheetProblem(Code code, String path, String message) {
        this(code, path, criterionOf(path), null, message);
    }

    /**
     * @param position the sheet's position in a batch or council
     * @param prefix   what the path now begins with ({@code "sheets[3] "}, a source name and a space), or the
     *                 JSON path of the sheet in an enclosing document ({@code "$.members[2].sheet"}), which
     *                 then continues the problem's own path
     * @return this problem of the sheet at that position
     */
    public SheetProblem at(int position, String prefix) {
        String joined = prefix.startsWith("$") && path.startsWith("$") ? prefix + path.substring(1) : prefix + path;
        return new SheetProblem(code, joined, criterion, position, message);
    }

    /**
     * @param criterion a criterion code
     * @return the JSON path of its answer in a sheet, {@code $.answers["1.1"]}
     */
    public static String answerPath(String criterion) {
        return "$.answers[\"" + criterion + "\"]";
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
        return s.substring(0, end) + "…";
    }

    private static @Nullable String criterionOf(String path) {
        String head = "$.answers[\"";
        int from = path.indexOf(head);
        if (from < 0 || !path.endsWith("\"]")) {
            return null;
        }
        String code = path.substring(from + head.length(), path.length() - 2);
        return code.isEmpty() || code.contains("\"") ? null : code;
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
