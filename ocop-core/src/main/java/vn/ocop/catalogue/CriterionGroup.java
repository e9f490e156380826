package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A numbered group of criteria inside a part (groups 1–3 in A, 4–5 in B, 6 and up in C).
 *
 * @param code     the group number as printed, for example {@code 6}
 * @param part     the part it belongs to
 * @param max      maximum points of the group as printed
 * @param label    official heading (Vietnamese)
 * @param labelEn  English gloss, empty when none is known
 * @param notes    official notes attached to the group
 * @param criteria its criteria, in official order
 */
@API(status = STABLE, since = "0.1.0")
public record CriterionGroup(String code, PartCode part, BigDecimal max, String label, String labelEn,
                             List<String> notes, List<Criterion> criteria) {
    /** Checks the group and copies its lists. */
    public CriterionGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(label, "label");
        labelEn = labelEn == null ? "" : labelEn;
        notes = List.copyOf(notes);
        criteria = List.copyOf(criteria);
    }
}
