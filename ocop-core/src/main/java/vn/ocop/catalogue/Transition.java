package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How dossiers filed under the previous edition finish: 26/2026 lets dossiers filed before it came
 * into force finish under 148/1489 within 60 days (30 days for a re-evaluation).
 *
 * @param previous          the previous edition's id
 * @param days              days after this edition's start within which such dossiers finish under the previous one
 * @param reEvaluationDays  the same for re-evaluation dossiers
 */
@API(status = STABLE, since = "0.1.0")
public record Transition(String previous, int days, int reEvaluationDays) {
    /** Checks the transition. */
    public Transition {
        Objects.requireNonNull(previous, "previous");
    }
}
