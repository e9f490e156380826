package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A numbered group of criteria inside a part (groups 1–3 in A, 4–5 in B, 6 and up in C).
 */
@API(status = STABLE, since = "0.1.0")
public final class CriterionGroup {
    private final String code;
    private final PartCode part;
    private final BigDecimal max;
    private final String label;
    private final String labelEn;
    private final List<String> notes;
    private final List<Criterion> criteria;

    private CriterionGroup(
            String code,
            PartCode part,
            BigDecimal max,
            String label,
            @Nullable String labelEn,
            List<String> notes,
            List<Criterion> criteria) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(label, "label");
        labelEn = labelEn == null ? "" : labelEn;
        notes = List.copyOf(notes);
        criteria = List.copyOf(criteria);
        this.code = code;
        this.part = part;
        this.max = max;
        this.label = label;
        this.labelEn = labelEn;
        this.notes = notes;
        this.criteria = criteria;
    }

    /** @return the group number as printed, for example {@code 6} */
    public String code() {
        return code;
    }

    /** @return the part it belongs to */
    public PartCode part() {
        return part;
    }

    /** @return maximum points of the group as printed */
    public BigDecimal max() {
        return max;
    }

    /** @return official heading (Vietnamese) */
    public String label() {
        return label;
    }

    /** @return English gloss, empty when none is known */
    public String labelEn() {
        return labelEn;
    }

    /** @return official notes attached to the group */
    public List<String> notes() {
        return notes;
    }

    /** @return its criteria, in official order */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** @return a builder of an empty {@link CriterionGroup}; {@link Builder#build()} checks it */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.part = part;
        b.max = max;
        b.label = label;
        b.labelEn = labelEn;
        b.notes = notes;
        b.criteria = criteria;
        return b;
    }

    /** Builds a {@link CriterionGroup}; not thread-safe. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable PartCode part;
        private @Nullable BigDecimal max;
        private @Nullable String label;
        private @Nullable String labelEn;
        private List<String> notes = List.of();
        private List<Criterion> criteria = List.of();

        private Builder() {}

        /**
         * @param code the group number as printed, for example {@code 6}
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * @param part the part it belongs to
         * @return this builder
         */
        public Builder part(PartCode part) {
            this.part = part;
            return this;
        }

        /**
         * @param max maximum points of the group as printed
         * @return this builder
         */
        public Builder max(BigDecimal max) {
            this.max = max;
            return this;
        }

        /**
         * @param label official heading (Vietnamese)
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * @param labelEn English gloss, empty when none is known
         * @return this builder
         */
        public Builder labelEn(@Nullable String labelEn) {
            this.labelEn = labelEn;
            return this;
        }

        /**
         * @param notes official notes attached to the group
         * @return this builder
         */
        public Builder notes(List<String> notes) {
            this.notes = notes;
            return this;
        }

        /**
         * @param criteria its criteria, in official order
         * @return this builder
         */
        public Builder criteria(List<Criterion> criteria) {
            this.criteria = criteria;
            return this;
        }

        /**
         * @return the value
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when a field is invalid
         */
        public CriterionGroup build() {
            return new CriterionGroup(
                    Objects.requireNonNull(code, "code"),
                    Objects.requireNonNull(part, "part"),
                    Objects.requireNonNull(max, "max"),
                    Objects.requireNonNull(label, "label"),
                    labelEn,
                    notes,
                    criteria);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof CriterionGroup other
                        && java.util.Objects.equals(code, other.code)
                        && java.util.Objects.equals(part, other.part)
                        && java.util.Objects.equals(max, other.max)
                        && java.util.Objects.equals(label, other.label)
                        && java.util.Objects.equals(labelEn, other.labelEn)
                        && java.util.Objects.equals(notes, other.notes)
                        && java.util.Objects.equals(criteria, other.criteria);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, part, max, label, labelEn, notes, criteria);
    }

    @Override
    public String toString() {
        return "CriterionGroup[" + "code=" + code + ", " + "part=" + part + ", " + "max=" + max + ", " + "label="
                + label + ", " + "labelEn=" + labelEn + ", " + "notes=" + notes + ", " + "criteria=" + criteria + "]";
    }
}
