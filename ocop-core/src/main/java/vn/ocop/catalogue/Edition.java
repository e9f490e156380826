package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An edition of the criteria: the decision that issued them, when it is in force, its part maxima,
 * star bands, product classification and criteria sets.
 */
@API(status = STABLE, since = "0.1.0")
public final class Edition {
    private final String id;
    private final String act;
    private final String title;
    private final @Nullable LocalDate signed;
    private final LocalDate effectiveFrom;
    private final @Nullable LocalDate effectiveTo;
    private final Map<PartCode, BigDecimal> partMaxima;
    private final List<StarBand> bands;
    private final List<ProductClass> classification;
    private final List<CriteriaSet> sets;
    private final List<Amendment> amendments;
    private final List<RecognitionRule> recognition;
    private final int certificateMonths;
    private final @Nullable ReEvaluationWindow reEvaluation;
    private final @Nullable Transition transition;
    private final String file;

    private Edition(
            String id,
            String act,
            @Nullable String title,
            @Nullable LocalDate signed,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            Map<PartCode, BigDecimal> partMaxima,
            List<StarBand> bands,
            List<ProductClass> classification,
            List<CriteriaSet> sets,
            List<Amendment> amendments,
            List<RecognitionRule> recognition,
            int certificateMonths,
            @Nullable ReEvaluationWindow reEvaluation,
            @Nullable Transition transition,
            String file) {
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
        this.id = id;
        this.act = act;
        this.title = title;
        this.signed = signed;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.partMaxima = partMaxima;
        this.bands = bands;
        this.classification = classification;
        this.sets = sets;
        this.amendments = amendments;
        this.recognition = recognition;
        this.certificateMonths = certificateMonths;
        this.reEvaluation = reEvaluation;
        this.transition = transition;
        this.file = file;
    }

    /** @return for example {@code QD-26-2026} */
    public String id() {
        return id;
    }

    /** @return the decision's number, for example {@code 26/2026/QĐ-TTg} */
    public String act() {
        return act;
    }

    /** @return the decision's title */
    public String title() {
        return title;
    }

    /** @return the date it was signed, or {@code null} when the rule file does not say */
    public @Nullable LocalDate signed() {
        return signed;
    }

    /** @return the first day it applies */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the last day it applies, or {@code null} while in force */
    public @Nullable LocalDate effectiveTo() {
        return effectiveTo;
    }

    /** @return maxima of parts A, B and C */
    public Map<PartCode, BigDecimal> partMaxima() {
        return partMaxima;
    }

    /** @return star bands, highest first */
    public List<StarBand> bands() {
        return bands;
    }

    /** @return categories, groups and subgroups */
    public List<ProductClass> classification() {
        return classification;
    }

    /** @return criteria sets, in official order */
    public List<CriteriaSet> sets() {
        return sets;
    }

    /** @return decisions that amended the edition's procedure */
    public List<Amendment> amendments() {
        return amendments;
    }

    /** @return who recognises each star level, and when */
    public List<RecognitionRule> recognition() {
        return recognition;
    }

    /** @return validity of a certificate in months (36 in every edition), 0 when unknown */
    public int certificateMonths() {
        return certificateMonths;
    }

    /** @return the re-evaluation filing window, or {@code null} when the edition sets none */
    public @Nullable ReEvaluationWindow reEvaluation() {
        return reEvaluation;
    }

    /** @return how dossiers of the previous edition finish, or {@code null} */
    public @Nullable Transition transition() {
        return transition;
    }

    /** @return the rule file that defines the edition */
    public String file() {
        return file;
    }

    /** @return a builder of an empty {@link Edition}; {@link Builder#build()} checks it */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.act = act;
        b.title = title;
        b.signed = signed;
        b.effectiveFrom = effectiveFrom;
        b.effectiveTo = effectiveTo;
        b.partMaxima = partMaxima;
        b.bands = bands;
        b.classification = classification;
        b.sets = sets;
        b.amendments = amendments;
        b.recognition = recognition;
        b.certificateMonths = certificateMonths;
        b.reEvaluation = reEvaluation;
        b.transition = transition;
        b.file = file;
        return b;
    }

    /** Builds an {@link Edition}; not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String act;
        private @Nullable String title;
        private @Nullable LocalDate signed;
        private @Nullable LocalDate effectiveFrom;
        private @Nullable LocalDate effectiveTo;
        private Map<PartCode, BigDecimal> partMaxima = Map.of();
        private List<StarBand> bands = List.of();
        private List<ProductClass> classification = List.of();
        private List<CriteriaSet> sets = List.of();
        private List<Amendment> amendments = List.of();
        private List<RecognitionRule> recognition = List.of();
        private int certificateMonths;
        private @Nullable ReEvaluationWindow reEvaluation;
        private @Nullable Transition transition;
        private @Nullable String file;

        private Builder() {}

        /**
         * @param id for example {@code QD-26-2026}
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param act the decision's number, for example {@code 26/2026/QĐ-TTg}
         * @return this builder
         */
        public Builder act(String act) {
            this.act = act;
            return this;
        }

        /**
         * @param title the decision's title
         * @return this builder
         */
        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        /**
         * @param signed the date it was signed, or {@code null}
         * @return this builder
         */
        public Builder signed(@Nullable LocalDate signed) {
            this.signed = signed;
            return this;
        }

        /**
         * @param effectiveFrom the first day it applies
         * @return this builder
         */
        public Builder effectiveFrom(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        /**
         * @param effectiveTo the last day it applies, or {@code null} while in force
         * @return this builder
         */
        public Builder effectiveTo(@Nullable LocalDate effectiveTo) {
            this.effectiveTo = effectiveTo;
            return this;
        }

        /**
         * @param partMaxima maxima of parts A, B and C
         * @return this builder
         */
        public Builder partMaxima(Map<PartCode, BigDecimal> partMaxima) {
            this.partMaxima = partMaxima;
            return this;
        }

        /**
         * @param bands star bands, highest first
         * @return this builder
         */
        public Builder bands(List<StarBand> bands) {
            this.bands = bands;
            return this;
        }

        /**
         * @param classification categories, groups and subgroups
         * @return this builder
         */
        public Builder classification(List<ProductClass> classification) {
            this.classification = classification;
            return this;
        }

        /**
         * @param sets criteria sets, in official order
         * @return this builder
         */
        public Builder sets(List<CriteriaSet> sets) {
            this.sets = sets;
            return this;
        }

        /**
         * @param amendments decisions that amended the edition's procedure
         * @return this builder
         */
        public Builder amendments(List<Amendment> amendments) {
            this.amendments = amendments;
            return this;
        }

        /**
         * @param recognition who recognises each star level, and when
         * @return this builder
         */
        public Builder recognition(List<RecognitionRule> recognition) {
            this.recognition = recognition;
            return this;
        }

        /**
         * @param certificateMonths validity of a certificate in months (36 in every edition), 0 when unknown
         * @return this builder
         */
        public Builder certificateMonths(int certificateMonths) {
            this.certificateMonths = certificateMonths;
            return this;
        }

        /**
         * @param reEvaluation the re-evaluation filing window, or {@code null} when the edition sets none
         * @return this builder
         */
        public Builder reEvaluation(@Nullable ReEvaluationWindow reEvaluation) {
            this.reEvaluation = reEvaluation;
            return this;
        }

        /**
         * @param transition how dossiers of the previous edition finish, or {@code null}
         * @return this builder
         */
        public Builder transition(@Nullable Transition transition) {
            this.transition = transition;
            return this;
        }

        /**
         * @param file the rule file that defines the edition
         * @return this builder
         */
        public Builder file(String file) {
            this.file = file;
            return this;
        }

        /**
         * @return the value
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when a field is invalid
         */
        public Edition build() {
            return new Edition(
                    Objects.requireNonNull(id, "id"),
                    Objects.requireNonNull(act, "act"),
                    title,
                    signed,
                    Objects.requireNonNull(effectiveFrom, "effectiveFrom"),
                    effectiveTo,
                    partMaxima,
                    bands,
                    classification,
                    sets,
                    amendments,
                    recognition,
                    certificateMonths,
                    reEvaluation,
                    transition,
                    Objects.requireNonNull(file, "file"));
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Edition other
                        && java.util.Objects.equals(id, other.id)
                        && java.util.Objects.equals(act, other.act)
                        && java.util.Objects.equals(title, other.title)
                        && java.util.Objects.equals(signed, other.signed)
                        && java.util.Objects.equals(effectiveFrom, other.effectiveFrom)
                        && java.util.Objects.equals(effectiveTo, other.effectiveTo)
                        && java.util.Objects.equals(partMaxima, other.partMaxima)
                        && java.util.Objects.equals(bands, other.bands)
                        && java.util.Objects.equals(classification, other.classification)
                        && java.util.Objects.equals(sets, other.sets)
                        && java.util.Objects.equals(amendments, other.amendments)
                        && java.util.Objects.equals(recognition, other.recognition)
                        && certificateMonths == other.certificateMonths
                        && java.util.Objects.equals(reEvaluation, other.reEvaluation)
                        && java.util.Objects.equals(transition, other.transition)
                        && java.util.Objects.equals(file, other.file);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                id,
                act,
                title,
                signed,
                effectiveFrom,
                effectiveTo,
                partMaxima,
                bands,
                classification,
                sets,
                amendments,
                recognition,
                certificateMonths,
                reEvaluation,
                transition,
                file);
    }

    @Override
    public String toString() {
        return "Edition[" + "id=" + id + ", " + "act=" + act + ", " + "title=" + title + ", " + "signed=" + signed
                + ", " + "effectiveFrom=" + effectiveFrom + ", " + "effectiveTo=" + effectiveTo + ", " + "partMaxima="
                + partMaxima + ", " + "bands=" + bands + ", " + "classification=" + classification + ", " + "sets="
                + sets + ", " + "amendments=" + amendments + ", " + "recognition=" + recognition + ", "
                + "certificateMonths=" + certificateMonths + ", " + "reEvaluation=" + reEvaluation + ", "
                + "transition=" + transition + ", " + "file=" + file + "]";
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
        return recognition.stream()
                .filter(r -> r.stars() == stars && r.appliesOn(date))
                .findFirst();
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
        return bands.stream()
                .filter(b -> b.contains(total))
                .mapToInt(StarBand::stars)
                .max()
                .orElse(0);
    }
}
