package vn.ocop.sheet;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One scoring sheet: the answers of one council member for one product under one criteria set.
 *
 * <p>JSON form (the public contract):
 * <pre>{@code
 * {"criteriaSet": "QD26-01", "edition": "QD-26-2026", "evaluationDate": "2026-09-15",
 *  "product": {"name": "Bưởi Phúc Trạch"},
 *  "answers": {"1.1": 3, "2.4": true, "8": {"case": "a", "option": 2}},
 *  "findings": ["FOREIGN_MATTER"]}
 * }</pre>
 *
 * <p>{@code criteriaSet} is either a set's code ({@code QD26-01}, which fixes the edition) or a set's number
 * in its edition ({@code 1} … {@code 26}), in which case the edition is {@code edition} or, when that is
 * absent, the one the dates select: the filing date, else the evaluation date, with the transition rule
 * of 26/2026 for dossiers filed under 148/QĐ-TTg.
 */
@API(status = STABLE, since = "0.1.0")
public final class Sheet {
    private final @Nullable String id;
    private final String criteriaSet;
    private final @Nullable String edition;
    private final @Nullable LocalDate evaluationDate;
    private final @Nullable LocalDate filingDate;
    private final @Nullable LocalDate recognitionDate;
    private final boolean reEvaluation;
    private final Map<String, Object> product;
    private final Map<String, Answer> answers;
    private final List<Finding> findings;

    private Sheet(
            @Nullable String id,
            String criteriaSet,
            @Nullable String edition,
            @Nullable LocalDate evaluationDate,
            @Nullable LocalDate filingDate,
            @Nullable LocalDate recognitionDate,
            boolean reEvaluation,
            @Nullable Map<String, Object> product,
            Map<String, Answer> answers,
            List<Finding> findings) {
        criteriaSet = nfc(Objects.requireNonNull(criteriaSet, "criteriaSet"));
        edition = edition == null ? null : nfc(edition);
        product = product == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(product));
        Map<String, Answer> normalised = new LinkedHashMap<>();
        Objects.requireNonNull(answers, "answers").forEach((k, v) -> normalised.put(nfc(k), v));
        answers = Collections.unmodifiableMap(normalised);
        findings = List.copyOf(new LinkedHashSet<>(findings == null ? List.of() : findings));
        this.id = id;
        this.criteriaSet = criteriaSet;
        this.edition = edition;
        this.evaluationDate = evaluationDate;
        this.filingDate = filingDate;
        this.recognitionDate = recognitionDate;
        this.reEvaluation = reEvaluation;
        this.product = product;
        this.answers = answers;
        this.findings = findings;
    }

    /** @return an optional identifier echoed in the result (may be {@code null}) */
    public @Nullable String id() {
        return id;
    }

    /** @return the criteria set's code, or its number in the edition */
    public String criteriaSet() {
        return criteriaSet;
    }

    /** @return the edition, or {@code null} to take the set's own or the one the dates select */
    public @Nullable String edition() {
        return edition;
    }

    /** @return the evaluation date, or {@code null} */
    public @Nullable LocalDate evaluationDate() {
        return evaluationDate;
    }

    /** @return the date the dossier was filed, or {@code null} */
    public @Nullable LocalDate filingDate() {
        return filingDate;
    }

    /** @return the date of the recognition decision, or {@code null} */
    public @Nullable LocalDate recognitionDate() {
        return recognitionDate;
    }

    /** @return whether the dossier is a re-evaluation of a recognised product */
    public boolean reEvaluation() {
        return reEvaluation;
    }

    /** @return free-form description of the product, echoed in the result */
    public Map<String, Object> product() {
        return product;
    }

    /** @return answers keyed by leaf criterion code, in the order given */
    public Map<String, Answer> answers() {
        return answers;
    }

    /** @return findings that reject the dossier or trigger a stop rule */
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Sheet other
                        && java.util.Objects.equals(id, other.id)
                        && java.util.Objects.equals(criteriaSet, other.criteriaSet)
                        && java.util.Objects.equals(edition, other.edition)
                        && java.util.Objects.equals(evaluationDate, other.evaluationDate)
                        && java.util.Objects.equals(filingDate, other.filingDate)
                        && java.util.Objects.equals(recognitionDate, other.recognitionDate)
                        && reEvaluation == other.reEvaluation
                        && java.util.Objects.equals(product, other.product)
                        && java.util.Objects.equals(answers, other.answers)
                        && java.util.Objects.equals(findings, other.findings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                id,
                criteriaSet,
                edition,
                evaluationDate,
                filingDate,
                recognitionDate,
                reEvaluation,
                product,
                answers,
                findings);
    }

    @Override
    public String toString() {
        return "Sheet[" + "id=" + id + ", " + "criteriaSet=" + criteriaSet + ", " + "edition=" + edition + ", "
                + "evaluationDate=" + evaluationDate + ", " + "filingDate=" + filingDate + ", " + "recognitionDate="
                + recognitionDate + ", " + "reEvaluation=" + reEvaluation + ", " + "product=" + product + ", "
                + "answers=" + answers + ", " + "findings=" + findings + "]";
    }

    /** Criterion codes such as {@code 1.đ} must match the rule files whatever the input's Unicode form. */
    private static String nfc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    /** @return the edition named by the sheet, if any */
    public Optional<String> editionIfGiven() {
        return Optional.ofNullable(edition);
    }

    /** @return the evaluation date, if given */
    public Optional<LocalDate> evaluationDateIfGiven() {
        return Optional.ofNullable(evaluationDate);
    }

    /**
     * @param criteriaSet the criteria set code, for example {@code QD26-01}
     * @return a builder for a sheet of that set
     */
    public static Builder builder(String criteriaSet) {
        return new Builder(criteriaSet);
    }

    /** @return a builder holding this sheet's values, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder(criteriaSet)
                .id(id)
                .edition(edition)
                .evaluationDate(evaluationDate)
                .filingDate(filingDate)
                .recognitionDate(recognitionDate)
                .reEvaluation(reEvaluation)
                .answers(answers);
        b.product.putAll(product);
        b.findings.addAll(findings);
        return b;
    }

    /** Builds a {@link Sheet}; not thread-safe. */
    public static final class Builder {
        private String criteriaSet;
        private @Nullable String id;
        private @Nullable String edition;
        private @Nullable LocalDate evaluationDate;
        private @Nullable LocalDate filingDate;
        private @Nullable LocalDate recognitionDate;
        private boolean reEvaluation;
        private final Map<String, Object> product = new LinkedHashMap<>();
        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();

        private Builder(String criteriaSet) {
            this.criteriaSet = Objects.requireNonNull(criteriaSet, "criteriaSet");
        }

        /** @param criteriaSet the criteria set's code, or its number in the edition @return this builder */
        public Builder criteriaSet(String criteriaSet) {
            this.criteriaSet = Objects.requireNonNull(criteriaSet, "criteriaSet");
            return this;
        }

        /**
         * @param answers answers keyed by leaf criterion code, replacing any given before
         * @return this builder
         */
        public Builder answers(Map<String, Answer> answers) {
            this.answers.clear();
            Objects.requireNonNull(answers, "answers").forEach(this::answer);
            return this;
        }

        /** @param id an identifier echoed in the result @return this builder */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /** @param edition an edition id such as {@code QD-26-2026} @return this builder */
        public Builder edition(@Nullable String edition) {
            this.edition = edition;
            return this;
        }

        /** @param date the evaluation date @return this builder */
        public Builder evaluationDate(@Nullable LocalDate date) {
            this.evaluationDate = date;
            return this;
        }

        /** @param date the date the dossier was filed @return this builder */
        public Builder filingDate(@Nullable LocalDate date) {
            this.filingDate = date;
            return this;
        }

        /** @param date the date of the recognition decision @return this builder */
        public Builder recognitionDate(@Nullable LocalDate date) {
            this.recognitionDate = date;
            return this;
        }

        /** @param reEvaluation whether the dossier is a re-evaluation @return this builder */
        public Builder reEvaluation(boolean reEvaluation) {
            this.reEvaluation = reEvaluation;
            return this;
        }

        /** @param key a product field @param value its value @return this builder */
        public Builder product(String key, Object value) {
            product.put(key, value);
            return this;
        }

        /**
         * @param criterion a leaf criterion code
         * @param position  1-based option position, 0 when none applies
         * @return this builder
         */
        public Builder answer(String criterion, int position) {
            return answer(criterion, Answer.option(position));
        }

        /** @param criterion a yes/no criterion code @param yes the answer @return this builder */
        public Builder answer(String criterion, boolean yes) {
            return answer(criterion, Answer.yesNo(yes));
        }

        /**
         * @param criterion a case criterion code
         * @param caseCode  the case, {@code a} or {@code b}
         * @param position  1-based option position within the case
         * @return this builder
         */
        public Builder answer(String criterion, String caseCode, int position) {
            return answer(criterion, Answer.caseOption(caseCode, position));
        }

        /** @param criterion a leaf criterion code @param answer its answer @return this builder */
        public Builder answer(String criterion, Answer answer) {
            answers.put(Objects.requireNonNull(criterion, "criterion"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /**
         * @param product the product's description, replacing any given before
         * @return this builder
         */
        public Builder product(Map<String, Object> product) {
            this.product.clear();
            this.product.putAll(Objects.requireNonNull(product, "product"));
            return this;
        }

        /**
         * @param findings findings, replacing any given before
         * @return this builder
         */
        public Builder findings(List<Finding> findings) {
            this.findings.clear();
            Objects.requireNonNull(findings, "findings").forEach(this::finding);
            return this;
        }

        /** @param finding a finding @return this builder */
        public Builder finding(Finding finding) {
            findings.add(Objects.requireNonNull(finding, "finding"));
            return this;
        }

        /** @return the sheet */
        public Sheet build() {
            return new Sheet(
                    id,
                    criteriaSet,
                    edition,
                    evaluationDate,
                    filingDate,
                    recognitionDate,
                    reEvaluation,
                    product,
                    answers,
                    findings);
        }
    }
}
