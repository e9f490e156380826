package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A dossier rejection ("Hồ sơ bị loại khi …"): the product is not scored.
 *
 * @param finding the finding that rejected the dossier
 * @param label   a short description of the finding
 * @param rule    the rule that rejected it
 */
@API(status = STABLE, since = "0.1.0")
public record Disqualification(String finding, String label, String rule) {
    /** Checks the disqualification. */
    public Disqualification {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(rule, "rule");
    }
}
