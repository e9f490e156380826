package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who recognises a 3★–5★ result and how long the certificate lasts.
 *
 * @param stars             the recognised star level
 * @param level             {@code district}, {@code province} or {@code central}
 * @param authority         the recognising authority, as the edition names it
 * @param potentialFiveStar whether the result is a "potential 5★": at province level a mean of 90 or more
 *                          sends the dossier to the ministry, whose central council recognises 5★
 * @param recognitionDate   the recognition date used, or {@code null} when the sheet gave no date
 * @param dateAssumed       whether the evaluation date stood in for a missing recognition date
 * @param expires           the day the certificate expires: the recognition date plus its validity (36 months), or
 *                          {@code null}
 * @param reEvaluationFrom  the first day a re-evaluation dossier may be filed, or {@code null}
 * @param reEvaluationUntil the last day a re-evaluation dossier may be filed, or {@code null}
 */
@API(status = STABLE, since = "0.1.0")
public record Recognition(int stars, String level, String authority, boolean potentialFiveStar,
                          @Nullable LocalDate recognitionDate, boolean dateAssumed, @Nullable LocalDate expires,
                          @Nullable LocalDate reEvaluationFrom, @Nullable LocalDate reEvaluationUntil) {
    /** Checks the recognition. */
    public Recognition {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(authority, "authority");
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("only 3★ to 5★ products are recognised: " + stars);
        }
    }
}
