package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How far a criteria set's transcription can be trusted, as its rule file states. A result scored on a set
 * that is not {@link #CONFIRMED} carries a warning saying so.
 */
@API(status = STABLE, since = "0.1.0")
public enum Confidence {
    /** Checked against the official text, criterion by criterion. */
    CONFIRMED("confirmed"),
    /** Transcribed in part: some wording, points or markers are not confirmed (the set's data issues say which). */
    PARTIAL("partial"),
    /** Reconstructed from other sets or secondary sources. */
    INFERRED("inferred"),
    /** A province's own set, from its pack. */
    LOCAL("local"),
    /** The rule file does not say. */
    UNSTATED("unstated");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    /** @return the word rule files and JSON use ({@code confirmed}, {@code partial}, …) */
    public String code() {
        return code;
    }

    /**
     * @param code the word as written in a rule file
     * @return the confidence it names
     * @throws IllegalArgumentException when the word names none
     */
    public static Confidence fromCode(String code) {
        for (Confidence c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("confidence must be confirmed, partial, inferred or local");
    }
}
