package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The points a leaf criterion received, and where they came from.
 *
 * @param criterion leaf criterion code
 * @param criterionLabel   the criterion's official label
 * @param criterionLabelEn its English gloss, empty when none is known
 * @param caseCode  the case chosen for a case criterion, else {@code null} (JSON: {@code case}, as in sheets)
 * @param option    1-based position of the chosen option, 0 when none applied
 * @param label     the chosen option's official wording, empty when none applied
 * @param points    points awarded
 * @param max       the criterion's maximum
 * @param rule      the rule that awarded the points, or {@code null} when no option applied
 * @param file      the rule file that holds that rule, or {@code null} when no option applied
 */
@API(status = STABLE, since = "0.1.0")
public record Award(String criterion, String criterionLabel, String criterionLabelEn,
                    @Nullable String caseCode, int option, String label, BigDecimal points,
                    BigDecimal max, @Nullable String rule, @Nullable String file) {
    /** Checks the award. */
    public Award {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(max, "max");
        label = label == null ? "" : label;
        criterionLabel = criterionLabel == null ? "" : criterionLabel;
        criterionLabelEn = criterionLabelEn == null ? "" : criterionLabelEn;
    }
}
