package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A decision that amended an edition (for 148/QĐ-TTg: 1489/QĐ-TTg from 2025-07-06).
 *
 * @param act       the amending decision
 * @param effective the day it took effect
 * @param summary   what it changed
 */
@API(status = STABLE, since = "0.1.0")
public record Amendment(String act, LocalDate effective, String summary) {
    /** Checks the amendment. */
    public Amendment {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(effective, "effective");
        summary = summary == null ? "" : summary;
    }
}
