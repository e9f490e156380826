package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Who recognises a star level, and during which period (for example 3★ by the district People's
 * Committee under 148/QĐ-TTg until 2025-07-05, by the province from 2025-07-06 under 1489/QĐ-TTg).
 *
 * @param stars     the star level
 * @param level     {@code district}, {@code province} or {@code central}
 * @param from      first day the rule applies, or {@code null} for the edition's start
 * @param to        last day the rule applies, or {@code null} for the edition's end
 * @param authority the recognising authority, as the decision names it
 */
@API(status = STABLE, since = "0.1.0")
public record RecognitionRule(
        int stars,
        String level,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        String authority) {
    /** Checks the rule. */
    public RecognitionRule {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(authority, "authority");
    }

    /** @param date a date @return whether the rule applies on it */
    public boolean appliesOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
