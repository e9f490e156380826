package vn.ocop.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.PartCode;

/**
 * What an engine's rules decided about one sheet or one council, and nothing else: the points each leaf
 * criterion was given and the rule that gave them, the subtotals, the band, the final stars, the failed
 * minimum markers, the stop rules that applied, or the dossier rejection. Everything a caller reads beyond
 * this (labels, warnings, explanation, recognition, council figures, the edition's reason, the pack) the
 * core adds when it builds the {@link vn.ocop.result.ScoreResult}, the same way whatever engine decided.
 *
 * <p>Build one with {@link #builder()}, or {@link #rejected(String, String)} for a rejected dossier.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Outcome {
    private final List<Awarded> awards;
    private final Map<String, BigDecimal> groups;
    private final Map<PartCode, BigDecimal> parts;
    private final BigDecimal total;
    private final int bandStars;
    private final int stars;
    private final List<String> failedMarkers;
    private final List<String> stops;
    private final @Nullable Rejection rejection;

    private Outcome(
            List<Awarded> awards,
            Map<String, BigDecimal> groups,
            Map<PartCode, BigDecimal> parts,
            BigDecimal total,
            int bandStars,
            int stars,
            List<String> failedMarkers,
            List<String> stops,
            @Nullable Rejection rejection) {
        awards = List.copyOf(awards);
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        parts = parts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(parts));
        Objects.requireNonNull(total, "total");
        failedMarkers = List.copyOf(failedMarkers);
        stops = List.copyOf(stops);
        if (stars < 0 || stars > bandStars) {
            throw new IllegalArgumentException("stars " + stars + " must lie between 0 and the band's " + bandStars);
        }
        this.awards = awards;
        this.groups = groups;
        this.parts = parts;
        this.total = total;
        this.bandStars = bandStars;
        this.stars = stars;
        this.failedMarkers = failedMarkers;
        this.stops = stops;
        this.rejection = rejection;
    }

    /** @return one per leaf criterion, in any order */
    public List<Awarded> awards() {
        return awards;
    }

    /** @return points per criterion group code */
    public Map<String, BigDecimal> groups() {
        return groups;
    }

    /** @return points per part */
    public Map<PartCode, BigDecimal> parts() {
        return parts;
    }

    /** @return the sum of the parts (the mean total for a council) */
    public BigDecimal total() {
        return total;
    }

    /** @return the star band the total falls in (1–5), 0 for a rejected dossier */
    public int bandStars() {
        return bandStars;
    }

    /** @return the final stars after minimum markers and stop rules */
    public int stars() {
        return stars;
    }

    /** @return the names of the minimum-marker rules that failed, in any order */
    public List<String> failedMarkers() {
        return failedMarkers;
    }

    /** @return the names of the stop rules that applied, in any order */
    public List<String> stops() {
        return stops;
    }

    /** @return the dossier rejection, or {@code null} when the sheet was scored */
    public @Nullable Rejection rejection() {
        return rejection;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Outcome other
                        && java.util.Objects.equals(awards, other.awards)
                        && java.util.Objects.equals(groups, other.groups)
                        && java.util.Objects.equals(parts, other.parts)
                        && java.util.Objects.equals(total, other.total)
                        && bandStars == other.bandStars
                        && stars == other.stars
                        && java.util.Objects.equals(failedMarkers, other.failedMarkers)
                        && java.util.Objects.equals(stops, other.stops)
                        && java.util.Objects.equals(rejection, other.rejection);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(awards, groups, parts, total, bandStars, stars, failedMarkers, stops, rejection);
    }

    @Override
    public String toString() {
        return "Outcome[" + "awards=" + awards + ", " + "groups=" + groups + ", " + "parts=" + parts + ", " + "total="
                + total + ", " + "bandStars=" + bandStars + ", " + "stars=" + stars + ", " + "failedMarkers="
                + failedMarkers + ", " + "stops=" + stops + ", " + "rejection=" + rejection + "]";
    }

    /**
     * The points one leaf criterion was given.
     *
     * @param criterion the leaf criterion's code
     * @param caseCode  the case chosen, or {@code null} when the criterion has no cases or none applied
     * @param option    the option's position, 0 when none applies
     * @param points    the points (for a council, the members' sum divided by their number)
     * @param rule      the name of the rule that awarded them, or {@code null} when no option applied
     */
    public record Awarded(
            String criterion,
            @Nullable String caseCode,
            int option,
            BigDecimal points,
            @Nullable String rule) {
        /** Checks the award. */
        public Awarded {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(points, "points");
        }
    }

    /**
     * A dossier rejected before scoring.
     *
     * @param finding the finding's name ({@link vn.ocop.sheet.Finding})
     * @param rule    the name of the rule that rejected it
     */
    public record Rejection(String finding, String rule) {
        /** Checks the rejection. */
        public Rejection {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * @param finding the finding that rejected the dossier
     * @param rule    the rule that rejected it
     * @return the outcome of a rejected dossier: no points, no band, no stars
     */
    public static Outcome rejected(String finding, String rule) {
        return new Outcome(
                List.of(),
                Map.of(),
                Map.of(),
                BigDecimal.ZERO,
                0,
                0,
                List.of(),
                List.of(),
                new Rejection(finding, rule));
    }

    /** @return whether the dossier was rejected before scoring */
    public boolean isRejected() {
        return rejection != null;
    }

    /** @return a builder of a scored outcome */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a scored {@link Outcome}. Not thread-safe. */
    public static final class Builder {
        private final List<Awarded> awards = new java.util.ArrayList<>();
        private final Map<String, BigDecimal> groups = new LinkedHashMap<>();
        private final Map<PartCode, BigDecimal> parts = new EnumMap<>(PartCode.class);
        private final List<String> failedMarkers = new java.util.ArrayList<>();
        private final List<String> stops = new java.util.ArrayList<>();
        private BigDecimal total = BigDecimal.ZERO;
        private int bandStars;
        private int stars;

        private Builder() {}

        /** @param award one leaf criterion's points @return this builder */
        public Builder award(Awarded award) {
            awards.add(Objects.requireNonNull(award, "award"));
            return this;
        }

        /** @param code a group's code @param points its points @return this builder */
        public Builder group(String code, BigDecimal points) {
            groups.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(points, "points"));
            return this;
        }

        /** @param part a part @param points its points @return this builder */
        public Builder part(PartCode part, BigDecimal points) {
            parts.put(Objects.requireNonNull(part, "part"), Objects.requireNonNull(points, "points"));
            return this;
        }

        /** @param total the total @return this builder */
        public Builder total(BigDecimal total) {
            this.total = Objects.requireNonNull(total, "total");
            return this;
        }

        /** @param bandStars the band's stars @param stars the final stars @return this builder */
        public Builder stars(int bandStars, int stars) {
            this.bandStars = bandStars;
            this.stars = stars;
            return this;
        }

        /** @param rule a failed minimum marker's rule @return this builder */
        public Builder failedMarker(String rule) {
            failedMarkers.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** @param rule a stop rule that applied @return this builder */
        public Builder stop(String rule) {
            stops.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** @return the outcome */
        public Outcome build() {
            return new Outcome(awards, groups, parts, total, bandStars, stars, failedMarkers, stops, null);
        }
    }
}
