package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An edition of the criteria: the decision that issued them, when it is in force, its part maxima,
 * star bands, product classification and criteria sets.
 *
 * @param id              for example {@code QD-26-2026}
 * @param act             the decision's number, for example {@code 26/2026/QĐ-TTg}
 * @param title           the decision's title
 * @param signed          the date it was signed
 * @param effectiveFrom   the first day it applies
 * @param effectiveTo     the last day it applies, or {@code null} while in force
 * @param partMaxima      maxima of parts A, B and C
 * @param bands           star bands, highest first
 * @param classification  categories, groups and subgroups
 * @param sets            criteria sets, in official order
 * @param amendments      decisions that amended the edition's procedure
 * @param recognition     who recognises each star level, and when
 * @param certificateMonths validity of a certificate in months (36 in every edition), 0 when unknown
 * @param reEvaluation    the re-evaluation filing window, or {@code null} when the edition sets none
 * @param transition      how dossiers of the previous edition finish, or {@code null}
 * @param file            the rule file that defines the edition
 */
@API(status = STABLE, since = "0.1.0")
public record Edition(String id, String act, String title, LocalDate signed, LocalDate effectiveFrom,
                      @Nullable LocalDate effectiveTo, Map<PartCode, BigDecimal> partMaxima, List<StarBand> bands,
                      List<ProductClass> classification, List<CriteriaSet> sets, List<Amendment> amendments,
                      List<RecognitionRule> recognition, int certificateMonths, @Nullable ReEvaluationWindow reEvaluation,
                      @Nullable Transition transition, String file) {
    /** Checks the edition and copies its collections. */
    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        title = title == null ? "" : title;
        // sorted A, B, C: the JSON contract writes the parts in that order, whatever the JVM
        partMaxima = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(partMaxima));
        bands = List.copyOf(bands);
        classification = List.copyOf(classification);
        sets = List.copyOf(sets);
        amendments = List.copyOf(amendments);
        recognition = List.copyOf(recognition);
    }

    /**
     * @param number a set's number in the edition (1–26)
     * @return the set with that number
     */
    public Optional<CriteriaSet> setNumber(int number) {
        return sets.stream().filter(s -> s.number() == number).findFirst();
    }

    /**
     * @param stars a star level
     * @param date  the recognition date
     * @return who recognises that level on that date
     */
    public Optional<RecognitionRule> recognitionOf(int stars, LocalDate date) {
        return recognition.stream().filter(r -> r.stars() == stars && r.appliesOn(date)).findFirst();
    }

    /**
     * @param id a criteria set code
     * @return the set with that code in this edition
     */
    public Optional<CriteriaSet> set(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * @param date a date
     * @return whether this edition is in force on that date
     */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /**
     * @param total a total or mean total
     * @return the band star level of that total (0 when no band contains it)
     */
    public int bandStars(BigDecimal total) {
        return bands.stream().filter(b -> b.contains(total)).mapToInt(StarBand::stars).max().orElse(0);
    }
}
