package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A part of a criteria set.
 *
 * @param code   A, B or C
 * @param max    maximum points as printed (40/25/35 under 148 and 26/2026)
 * @param groups its groups, in official order
 */
@API(status = STABLE, since = "0.1.0")
public record Part(PartCode code, BigDecimal max, List<CriterionGroup> groups) {
    /** Checks the part and copies its groups. */
    public Part {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(max, "max");
        groups = List.copyOf(groups);
    }
}
