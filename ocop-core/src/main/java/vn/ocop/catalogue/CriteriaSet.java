package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A criteria set (bộ tiêu chí, which doubles as the scoring sheet) of one edition.
 */
@API(status = STABLE, since = "0.1.0")
public final class CriteriaSet {
    private final String id;
    private final String edition;
    private final int number;
    private final String name;
    private final Confidence confidence;
    private final String source;
    private final List<String> disqualifiers;
    private final List<String> dataIssues;
    private final List<Part> parts;
    private final List<StopRule> stopRules;
    private final String file;

    private CriteriaSet(
            String id,
            String edition,
            int number,
            String name,
            @Nullable Confidence confidence,
            @Nullable String source,
            List<String> disqualifiers,
            List<String> dataIssues,
            List<Part> parts,
            List<StopRule> stopRules,
            String file) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        confidence = confidence == null ? Confidence.UNSTATED : confidence;
        source = source == null ? "" : source;
        disqualifiers = List.copyOf(disqualifiers);
        dataIssues = List.copyOf(dataIssues);
        parts = List.copyOf(parts);
        stopRules = List.copyOf(stopRules);
        this.id = id;
        this.edition = edition;
        this.number = number;
        this.name = name;
        this.confidence = confidence;
        this.source = source;
        this.disqualifiers = disqualifiers;
        this.dataIssues = dataIssues;
        this.parts = parts;
        this.stopRules = stopRules;
        this.file = file;
    }

    /** @return the set's code, for example {@code QD26-01} */
    public String id() {
        return id;
    }

    /** @return the edition it belongs to, for example {@code QD-26-2026} */
    public String edition() {
        return edition;
    }

    /** @return its number in the edition (1–26) */
    public int number() {
        return number;
    }

    /** @return the product subgroup it scores (Vietnamese) */
    public String name() {
        return name;
    }

    /** @return how far the transcription can be trusted, as the rule file states */
    public Confidence confidence() {
        return confidence;
    }

    /** @return where the criteria were read from */
    public String source() {
        return source;
    }

    /** @return the official "Hồ sơ bị loại khi …" texts */
    public List<String> disqualifiers() {
        return disqualifiers;
    }

    /** @return known defects of the source text, kept visible */
    public List<String> dataIssues() {
        return dataIssues;
    }

    /** @return parts A, B and C */
    public List<Part> parts() {
        return parts;
    }

    /** @return stop rules of the set */
    public List<StopRule> stopRules() {
        return stopRules;
    }

    /** @return the rule file that defines the set (catalogue and rules) */
    public String file() {
        return file;
    }

    /** @return a builder of an empty {@link CriteriaSet}; {@link Builder#build()} checks it */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.edition = edition;
        b.number = number;
        b.name = name;
        b.confidence = confidence;
        b.source = source;
        b.disqualifiers = disqualifiers;
        b.dataIssues = dataIssues;
        b.parts = parts;
        b.stopRules = stopRules;
        b.file = file;
        return b;
    }

    /** Builds a {@link CriteriaSet}; not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String edition;
        private int number;
        private @Nullable String name;
        private @Nullable Confidence confidence;
        private @Nullable String source;
        private List<String> disqualifiers = List.of();
        private List<String> dataIssues = List.of();
        private List<Part> parts = List.of();
        private List<StopRule> stopRules = List.of();
        private @Nullable String file;

        private Builder() {}

        /**
         * @param id the set's code, for example {@code QD26-01}
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param edition the edition it belongs to, for example {@code QD-26-2026}
         * @return this builder
         */
        public Builder edition(String edition) {
            this.edition = edition;
            return this;
        }

        /**
         * @param number its number in the edition (1–26)
         * @return this builder
         */
        public Builder number(int number) {
            this.number = number;
            return this;
        }

        /**
         * @param name the product subgroup it scores (Vietnamese)
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param confidence how far the transcription can be trusted, as the rule file states
         * @return this builder
         */
        public Builder confidence(@Nullable Confidence confidence) {
            this.confidence = confidence;
            return this;
        }

        /**
         * @param source where the criteria were read from
         * @return this builder
         */
        public Builder source(@Nullable String source) {
            this.source = source;
            return this;
        }

        /**
         * @param disqualifiers the official "Hồ sơ bị loại khi …" texts
         * @return this builder
         */
        public Builder disqualifiers(List<String> disqualifiers) {
            this.disqualifiers = disqualifiers;
            return this;
        }

        /**
         * @param dataIssues known defects of the source text, kept visible
         * @return this builder
         */
        public Builder dataIssues(List<String> dataIssues) {
            this.dataIssues = dataIssues;
            return this;
        }

        /**
         * @param parts parts A, B and C
         * @return this builder
         */
        public Builder parts(List<Part> parts) {
            this.parts = parts;
            return this;
        }

        /**
         * @param stopRules stop rules of the set
         * @return this builder
         */
        public Builder stopRules(List<StopRule> stopRules) {
            this.stopRules = stopRules;
            return this;
        }

        /**
         * @param file the rule file that defines the set (catalogue and rules)
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
        public CriteriaSet build() {
            return new CriteriaSet(
                    Objects.requireNonNull(id, "id"),
                    Objects.requireNonNull(edition, "edition"),
                    number,
                    Objects.requireNonNull(name, "name"),
                    confidence,
                    source,
                    disqualifiers,
                    dataIssues,
                    parts,
                    stopRules,
                    Objects.requireNonNull(file, "file"));
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof CriteriaSet other
                        && java.util.Objects.equals(id, other.id)
                        && java.util.Objects.equals(edition, other.edition)
                        && number == other.number
                        && java.util.Objects.equals(name, other.name)
                        && java.util.Objects.equals(confidence, other.confidence)
                        && java.util.Objects.equals(source, other.source)
                        && java.util.Objects.equals(disqualifiers, other.disqualifiers)
                        && java.util.Objects.equals(dataIssues, other.dataIssues)
                        && java.util.Objects.equals(parts, other.parts)
                        && java.util.Objects.equals(stopRules, other.stopRules)
                        && java.util.Objects.equals(file, other.file);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                id, edition, number, name, confidence, source, disqualifiers, dataIssues, parts, stopRules, file);
    }

    @Override
    public String toString() {
        return "CriteriaSet[" + "id=" + id + ", " + "edition=" + edition + ", " + "number=" + number + ", " + "name="
                + name + ", " + "confidence=" + confidence + ", " + "source=" + source + ", " + "disqualifiers="
                + disqualifiers + ", " + "dataIssues=" + dataIssues + ", " + "parts=" + parts + ", " + "stopRules="
                + stopRules + ", " + "file=" + file + "]";
    }

    /** @return every leaf criterion (the ones a sheet answers), in official order */
    public List<Criterion> leaves() {
        List<Criterion> out = new ArrayList<>();
        for (Part p : parts) {
            for (CriterionGroup g : p.groups()) {
                for (Criterion c : g.criteria()) {
                    out.addAll(c.leaves());
                }
            }
        }
        return out;
    }

    /** @return every criterion, containers and leaves, keyed by code in official order */
    public Map<String, Criterion> criteria() {
        Map<String, Criterion> out = new LinkedHashMap<>();
        for (Part p : parts) {
            for (CriterionGroup g : p.groups()) {
                for (Criterion c : g.criteria()) {
                    collect(c, out);
                }
            }
        }
        return out;
    }

    private static void collect(Criterion c, Map<String, Criterion> out) {
        out.put(c.code(), c);
        for (Criterion child : c.children()) {
            collect(child, out);
        }
    }

    /**
     * @param code a criterion code
     * @return the criterion (leaf or container) with that code
     */
    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(criteria().get(code));
    }

    /** @return the groups of all parts, in official order */
    public List<CriterionGroup> groups() {
        List<CriterionGroup> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(p.groups()));
        return out;
    }

    /** @return the sum of the parts' maxima as printed (100 for a well-formed set) */
    public BigDecimal maxTotal() {
        return parts.stream().map(Part::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return the part with that code */
    public Part part(PartCode code) {
        return parts.stream()
                .filter(p -> p.code() == code)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("criteria set " + id + " has no part " + code));
    }
}
