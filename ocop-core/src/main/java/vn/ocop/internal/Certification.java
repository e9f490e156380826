package vn.ocop.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.RecognitionRule;
import vn.ocop.result.Recognition;

/** Who recognises a result, and the certificate's dates, from the edition's procedure facts. */
public final class Certification {
    private Certification() {}

    /**
     * @param edition         the edition
     * @param stars           the final stars
     * @param recognitionDate the recognition date, or {@code null}
     * @param evaluationDate  the evaluation date, used when there is no recognition date, or {@code null}
     * @return the recognition, or {@code null} below 3★ or when the edition names no authority
     */
    public static @Nullable Recognition of(
            Edition edition, int stars, @Nullable LocalDate recognitionDate, @Nullable LocalDate evaluationDate) {
        if (stars < 3) {
            return null;
        }
        LocalDate date = recognitionDate != null ? recognitionDate : evaluationDate;
        RecognitionRule rule = date != null
                ? edition.recognitionOf(stars, date).orElse(null)
                : edition.recognition().stream()
                        .filter(r -> r.stars() == stars && r.to() == null)
                        .findFirst()
                        .orElse(null);
        if (rule == null) {
            return null;
        }
        LocalDate expires = null;
        LocalDate from = null;
        LocalDate until = null;
        if (date != null && edition.certificateMonths() > 0) {
            expires = date.plusMonths(edition.certificateMonths());
            if (edition.reEvaluation() != null) {
                from = expires.minusDays(edition.reEvaluation().earliestDaysBefore());
                until = expires.minusDays(edition.reEvaluation().latestDaysBefore());
            }
        }
        return Recognition.builder()
                .stars(stars)
                .level(rule.level())
                .authority(rule.authority())
                .potentialFiveStar(stars == 5)
                .recognitionDate(date)
                .dateAssumed(recognitionDate == null && date != null)
                .expires(expires)
                .reEvaluationFrom(from)
                .reEvaluationUntil(until)
                .build();
    }
}
