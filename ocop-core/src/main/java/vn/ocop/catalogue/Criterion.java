package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A criterion (tiêu chí) of a criteria set.
 *
 * <p>Leaf criteria are answered on a sheet: {@link Selection#SINGLE} and {@link Selection#YES_NO}
 * criteria have {@link #options()}, {@link Selection#CASES} criteria have {@link #cases()}.
 * {@link Selection#CONTAINER} criteria are not answered; their score is the sum of their
 * {@link #children()}.
 */
@API(status = STABLE, since = "0.1.0")
public final class Criterion {
    private final String code;
    private final String group;
    private final String parent;
    private final BigDecimal max;
    private final Selection selection;
    private final String label;
    private final String labelEn;
    private final List<String> notes;
    private final List<Option> options;
    private final List<CaseDefinition> cases;
    private final List<Criterion> children;
    private final List<Minimum> minimums;

    private Criterion(
            String code,
            String group,
            String parent,
            BigDecimal max,
            Selection selection,
            String label,
            @Nullable String labelEn,
            List<String> notes,
            List<Option> options,
            List<CaseDefinition> cases,
            List<Criterion> children,
            List<Minimum> minimums) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(label, "label");
        labelEn = labelEn == null ? "" : labelEn;
        notes = List.copyOf(notes);
        options = List.copyOf(options);
        cases = List.copyOf(cases);
        children = List.copyOf(children);
        minimums = List.copyOf(minimums);
        this.code = code;
        this.group = group;
        this.parent = parent;
        this.max = max;
        this.selection = selection;
        this.label = label;
        this.labelEn = labelEn;
        this.notes = notes;
        this.options = options;
        this.cases = cases;
        this.children = children;
        this.minimums = minimums;
    }

    /** @return official code, for example {@code 1.1}, {@code 6.1.2} or {@code 8} */
    public String code() {
        return code;
    }

    /** @return code of the group the criterion belongs to */
    public String group() {
        return group;
    }

    /** @return code of the enclosing container criterion, or the group code for top-level criteria */
    public String parent() {
        return parent;
    }

    /** @return maximum points */
    public BigDecimal max() {
        return max;
    }

    /** @return how the criterion is answered */
    public Selection selection() {
        return selection;
    }

    /** @return official wording (Vietnamese) */
    public String label() {
        return label;
    }

    /** @return English gloss, empty when none is known */
    public String labelEn() {
        return labelEn;
    }

    /** @return official notes attached to the criterion */
    public List<String> notes() {
        return notes;
    }

    /** @return the ladder of a single or yes/no criterion */
    public List<Option> options() {
        return options;
    }

    /** @return the alternative cases of a case criterion */
    public List<CaseDefinition> cases() {
        return cases;
    }

    /** @return the children of a container */
    public List<Criterion> children() {
        return children;
    }

    /** @return minimum markers, one per star level they apply to */
    public List<Minimum> minimums() {
        return minimums;
    }

    /** @return a builder of an empty {@link Criterion}; {@link Builder#build()} checks it */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.group = group;
        b.parent = parent;
        b.max = max;
        b.selection = selection;
        b.label = label;
        b.labelEn = labelEn;
        b.notes = notes;
        b.options = options;
        b.cases = cases;
        b.children = children;
        b.minimums = minimums;
        return b;
    }

    /** Builds a {@link Criterion}; not thread-safe. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String group;
        private @Nullable String parent;
        private @Nullable BigDecimal max;
        private @Nullable Selection selection;
        private @Nullable String label;
        private @Nullable String labelEn;
        private List<String> notes = List.of();
        private List<Option> options = List.of();
        private List<CaseDefinition> cases = List.of();
        private List<Criterion> children = List.of();
        private List<Minimum> minimums = List.of();

        private Builder() {}

        /**
         * @param code official code, for example {@code 1.1}, {@code 6.1.2} or {@code 8}
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * @param group code of the group the criterion belongs to
         * @return this builder
         */
        public Builder group(String group) {
            this.group = group;
            return this;
        }

        /**
         * @param parent code of the enclosing container criterion, or the group code for top-level criteria
         * @return this builder
         */
        public Builder parent(String parent) {
            this.parent = parent;
            return this;
        }

        /**
         * @param max maximum points
         * @return this builder
         */
        public Builder max(BigDecimal max) {
            this.max = max;
            return this;
        }

        /**
         * @param selection how the criterion is answered
         * @return this builder
         */
        public Builder selection(Selection selection) {
            this.selection = selection;
            return this;
        }

        /**
         * @param label official wording (Vietnamese)
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
         * @param notes official notes attached to the criterion
         * @return this builder
         */
        public Builder notes(List<String> notes) {
            this.notes = notes;
            return this;
        }

        /**
         * @param options the ladder of a single or yes/no criterion
         * @return this builder
         */
        public Builder options(List<Option> options) {
            this.options = options;
            return this;
        }

        /**
         * @param cases the alternative cases of a case criterion
         * @return this builder
         */
        public Builder cases(List<CaseDefinition> cases) {
            this.cases = cases;
            return this;
        }

        /**
         * @param children the children of a container
         * @return this builder
         */
        public Builder children(List<Criterion> children) {
            this.children = children;
            return this;
        }

        /**
         * @param minimums minimum markers, one per star level they apply to
         * @return this builder
         */
        public Builder minimums(List<Minimum> minimums) {
            this.minimums = minimums;
            return this;
        }

        /**
         * @return the value
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when a field is invalid
         */
        public Criterion build() {
            return new Criterion(
                    Objects.requireNonNull(code, "code"),
                    Objects.requireNonNull(group, "group"),
                    Objects.requireNonNull(parent, "parent"),
                    Objects.requireNonNull(max, "max"),
                    Objects.requireNonNull(selection, "selection"),
                    Objects.requireNonNull(label, "label"),
                    labelEn,
                    notes,
                    options,
                    cases,
                    children,
                    minimums);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Criterion other
                        && java.util.Objects.equals(code, other.code)
                        && java.util.Objects.equals(group, other.group)
                        && java.util.Objects.equals(parent, other.parent)
                        && java.util.Objects.equals(max, other.max)
                        && java.util.Objects.equals(selection, other.selection)
                        && java.util.Objects.equals(label, other.label)
                        && java.util.Objects.equals(labelEn, other.labelEn)
                        && java.util.Objects.equals(notes, other.notes)
                        && java.util.Objects.equals(options, other.options)
                        && java.util.Objects.equals(cases, other.cases)
                        && java.util.Objects.equals(children, other.children)
                        && java.util.Objects.equals(minimums, other.minimums);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                code, group, parent, max, selection, label, labelEn, notes, options, cases, children, minimums);
    }

    @Override
    public String toString() {
        return "Criterion[" + "code=" + code + ", " + "group=" + group + ", " + "parent=" + parent + ", " + "max=" + max
                + ", " + "selection=" + selection + ", " + "label=" + label + ", " + "labelEn=" + labelEn + ", "
                + "notes=" + notes + ", " + "options=" + options + ", " + "cases=" + cases + ", " + "children="
                + children + ", " + "minimums=" + minimums + "]";
    }

    /** @return whether a sheet answers this criterion (every kind but a container) */
    public boolean isLeaf() {
        return selection != Selection.CONTAINER;
    }

    /** @return this criterion if it is a leaf, else its leaves in official order */
    public List<Criterion> leaves() {
        if (isLeaf()) {
            return List.of(this);
        }
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : children) {
            out.addAll(c.leaves());
        }
        return out;
    }

    /**
     * @param position 1-based option position
     * @return the option at that position of a single or yes/no criterion
     */
    public Optional<Option> option(int position) {
        return position >= 1 && position <= options.size() ? Optional.of(options.get(position - 1)) : Optional.empty();
    }

    /**
     * @param caseCode a case code such as {@code a}
     * @return that case of a case criterion
     */
    public Optional<CaseDefinition> caseDefinition(String caseCode) {
        return cases.stream().filter(c -> c.code().equals(caseCode)).findFirst();
    }

    /**
     * @param stars a star level
     * @return the minimum points required on this criterion for that level, if any
     */
    public Optional<Minimum> minimumFor(int stars) {
        return minimums.stream().filter(m -> m.stars() == stars).findFirst();
    }
}
