package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a criterion is answered on a scoring sheet. */
@API(status = STABLE, since = "0.1.0")
public enum Selection {
    /** One option of an ordered ladder; position 0 when none applies. */
    SINGLE("single"),
    /** Yes or no (for example bilingual labelling): yes scores the criterion's maximum. */
    YES_NO("yes-no"),
    /** A container whose score is the sum of its children (sensory criteria of tea and coffee). */
    CONTAINER("container"),
    /** Choose one case (a or b), then one option inside it (tourism criteria 8, 9, 15). */
    CASES("cases");

    private final String code;

    Selection(String code) {
        this.code = code;
    }

    /** @return the word used for this kind in rule files ({@code single}, {@code yes-no}, …) */
    public String code() {
        return code;
    }

    /**
     * @param code a word as written in a rule file
     * @return the selection kind it names
     * @throws IllegalArgumentException when the word names no kind
     */
    public static Selection fromCode(String code) {
        for (Selection s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown criterion kind '" + code + "' (expected single, yes-no, container or cases)");
    }
}
