package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The points a leaf criterion received, and where they came from.
 */
@API(status = STABLE, since = "0.1.0")
public final class Award {
    private final String criterion;
    private final String criterionLabel;
    private final String criterionLabelEn;
    private final @Nullable String caseCode;
    private final int option;
    private final String label;
    private final BigDecimal points;
    private final BigDecimal max;
    private final @Nullable String rule;
    private final @Nullable String file;

    private Award(
            String criterion,
            @Nullable String criterionLabel,
            @Nullable String criterionLabelEn,
            @Nullable String caseCode,
            int option,
            @Nullable String label,
            BigDecimal points,
            BigDecimal max,
            @Nullable String rule,
            @Nullable String file) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(max, "max");
        label = label == null ? "" : label;
        criterionLabel = criterionLabel == null ? "" : criterionLabel;
        criterionLabelEn = criterionLabelEn == null ? "" : criterionLabelEn;
        this.criterion = criterion;
        this.criterionLabel = criterionLabel;
        this.criterionLabelEn = criterionLabelEn;
        this.caseCode = caseCode;
        this.option = option;
        this.label = label;
        this.points = points;
        this.max = max;
        this.rule = rule;
        this.file = file;
    }

    /** @return leaf criterion code */
    public String criterion() {
        return criterion;
    }

    /** @return the criterion's official label */
    public String criterionLabel() {
        return criterionLabel;
    }

    /** @return its English gloss, empty when none is known */
    public String criterionLabelEn() {
        return criterionLabelEn;
    }

    /** @return the case chosen for a case criterion, else {@code null} (JSON: {@code case}, as in sheets) */
    public @Nullable String caseCode() {
        return caseCode;
    }

    /** @return 1-based position of the chosen option, 0 when none applied */
    public int option() {
        return option;
    }

    /** @return the chosen option's official wording, empty when none applied */
    public String label() {
        return label;
    }

    /** @return points awarded */
    public BigDecimal points() {
        return points;
    }

    /** @return the criterion's maximum */
    public BigDecimal max() {
        return max;
    }

    /** @return the rule that awarded the points, or {@code null} when no option applied */
    public @Nullable String rule() {
        return rule;
    }

    /** @return the rule file that holds that rule, or {@code null} when no option applied */
    public @Nullable String file() {
        return file;
    }

    /** @return a builder of an empty {@link Award}; {@link Builder#build()} checks it */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.criterion = criterion;
        b.criterionLabel = criterionLabel;
        b.criterionLabelEn = criterionLabelEn;
        b.caseCode = caseCode;
        b.option = option;
        b.label = label;
        b.points = points;
        b.max = max;
        b.rule = rule;
        b.file = file;
        return b;
    }

    /** Builds a {@link Award}; not thread-safe. */
    public static final class Builder {
        private @Nullable String criterion;
        private @Nullable String criterionLabel;
        private @Nullable String criterionLabelEn;
        private @Nullable String caseCode;
        private int option;
        private @Nullable String label;
        private @Nullable BigDecimal points;
        private @Nullable BigDecimal max;
        private @Nullable String rule;
        private @Nullable String file;

        private Builder() {}

        /**
         * @param criterion leaf criterion code
         * @return this builder
         */
        public Builder criterion(String criterion) {
            this.criterion = criterion;
            return this;
        }

        /**
         * @param criterionLabel the criterion's official label
         * @return this builder
         */
        public Builder criterionLabel(@Nullable String criterionLabel) {
            this.criterionLabel = criterionLabel;
            return this;
        }

        /**
         * @param criterionLabelEn its English gloss, empty when none is known
         * @return this builder
         */
        public Builder criterionLabelEn(@Nullable String criterionLabelEn) {
            this.criterionLabelEn = criterionLabelEn;
            return this;
        }

        /**
         * @param caseCode the case chosen for a case criterion, else {@code null} (JSON: {@code case}, as in sheets)
         * @return this builder
         */
        public Builder caseCode(@Nullable String caseCode) {
            this.caseCode = caseCode;
            return this;
        }

        /**
         * @param option 1-based position of the chosen option, 0 when none applied
         * @return this builder
         */
        public Builder option(int option) {
            this.option = option;
            return this;
        }

        /**
         * @param label the chosen option's official wording, empty when none applied
         * @return this builder
         */
        public Builder label(@Nullable String label) {
            this.label = label;
            return this;
        }

        /**
         * @param points points awarded
         * @return this builder
         */
        public Builder points(BigDecimal points) {
            this.points = points;
            return this;
        }

        /**
         * @param max the criterion's maximum
         * @return this builder
         */
        public Builder max(BigDecimal max) {
            this.max = max;
            return this;
        }

        /**
         * @param rule the rule that awarded the points, or {@code null} when no option applied
         * @return this builder
         */
        public Builder rule(@Nullable String rule) {
            this.rule = rule;
            return this;
        }

        /**
         * @param file the rule file that holds that rule, or {@code null} when no option applied
         * @return this builder
         */
        public Builder file(@Nullable String file) {
            this.file = file;
            return this;
        }

        /**
         * @return the value
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when a field is invalid
         */
        public Award build() {
            return new Award(
                    Objects.requireNonNull(criterion, "criterion"),
                    criterionLabel,
                    criterionLabelEn,
                    caseCode,
                    option,
                    label,
                    Objects.requireNonNull(points, "points"),
                    Objects.requireNonNull(max, "max"),
                    rule,
                    file);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Award other
                        && java.util.Objects.equals(criterion, other.criterion)
                        && java.util.Objects.equals(criterionLabel, other.criterionLabel)
                        && java.util.Objects.equals(criterionLabelEn, other.criterionLabelEn)
                        && java.util.Objects.equals(caseCode, other.caseCode)
                        && option == other.option
                        && java.util.Objects.equals(label, other.label)
                        && java.util.Objects.equals(points, other.points)
                        && java.util.Objects.equals(max, other.max)
                        && java.util.Objects.equals(rule, other.rule)
                        && java.util.Objects.equals(file, other.file);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                criterion, criterionLabel, criterionLabelEn, caseCode, option, label, points, max, rule, file);
    }

    @Override
    public String toString() {
        return "Award[" + "criterion=" + criterion + ", " + "criterionLabel=" + criterionLabel + ", "
                + "criterionLabelEn=" + criterionLabelEn + ", " + "caseCode=" + caseCode + ", " + "option=" + option
                + ", " + "label=" + label + ", " + "points=" + points + ", " + "max=" + max + ", " + "rule=" + rule
                + ", " + "file=" + file + "]";
    }
}
