package vn.ocop.sheet;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The answer to one leaf criterion.
 *
 * <ul>
 *   <li>{@link Choice}: the 1-based position of the chosen option in the official order, or 0 when
 *       none of the options applies (JSON: a number);</li>
 *   <li>{@link YesNo}: a yes/no criterion (JSON: {@code true} or {@code false});</li>
 *   <li>{@link CaseChoice}: a tourism criterion with alternative cases (JSON:
 *       {@code {"case": "a", "option": 2}}).</li>
 * </ul>
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface Answer permits Answer.Choice, Answer.YesNo, Answer.CaseChoice {

    /**
     * @param position 1-based option position, 0 when none applies
     * @return a single-choice answer
     */
    static Answer option(int position) {
        return new Choice(position);
    }

    /** @return the answer "none of the options applies" (scores 0) */
    static Answer none() {
        return new Choice(0);
    }

    /**
     * @param yes the answer
     * @return a yes/no answer
     */
    static Answer yesNo(boolean yes) {
        return new YesNo(yes);
    }

    /**
     * @param caseCode the case, {@code a} or {@code b}
     * @param position 1-based option position within the case, 0 when none applies
     * @return a case answer
     */
    static Answer caseOption(String caseCode, int position) {
        return new CaseChoice(caseCode, position);
    }

    /**
     * A single-choice answer.
     *
     * @param option 1-based option position, 0 when none applies
     */
    record Choice(int option) implements Answer {}

    /**
     * A yes/no answer.
     *
     * @param yes the answer
     */
    record YesNo(boolean yes) implements Answer {}

    /**
     * A case answer.
     *
     * @param caseCode the case code
     * @param option   1-based option position within the case, 0 when none applies
     */
    record CaseChoice(String caseCode, int option) implements Answer {
        /** Checks the case code. */
        public CaseChoice {
            Objects.requireNonNull(caseCode, "caseCode");
        }
    }
}
