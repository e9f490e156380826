package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import vn.ocop.catalogue.PartCode;

/**
 * The sum of a criteria group.
 *
 * @param code   group code
 * @param part   the part it belongs to
 * @param label  official heading
 * @param labelEn English gloss of the heading, empty when none is known
 * @param points sum of its criteria
 * @param max    its maximum as printed
 */
@API(status = STABLE, since = "0.1.0")
public record GroupScore(String code, PartCode part, String label, String labelEn, BigDecimal points, BigDecimal max) {
    /** Checks the group score. */
    public GroupScore {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(max, "max");
        label = label == null ? "" : label;
        labelEn = labelEn == null ? "" : labelEn;
    }
}
