package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.sheet.EvaluationLevel;

/**
 * One recognition of a product: the stars it was given, under which edition, and its certificate.
 *
 * @param stars           the stars recognised, 3 to 5
 * @param edition         the edition it was scored under, such as {@code QD-148-2023}
 * @param recognitionDate the date of the recognition decision
 * @param certificate     the certificate's number, or {@code null}
 * @param level           the level that recognised it, or {@code null}
 * @param expires         the certificate's expiry as given, or {@code null} to compute it from the recognition
 *                        date and the edition's validity (36 months)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PortfolioRecognition(
        int stars,
        String edition,
        LocalDate recognitionDate,
        @Nullable String certificate,
        @Nullable EvaluationLevel level,
        @Nullable LocalDate expires) {
    /** Checks the recognition. */
    public PortfolioRecognition {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(recognitionDate, "recognitionDate");
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("a recognition gives 3 to 5 stars: " + stars);
        }
    }
}
