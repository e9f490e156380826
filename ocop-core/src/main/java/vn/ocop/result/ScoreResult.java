package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.MarkerPolicy;
import vn.ocop.catalogue.PartCode;

/**
 * The score and star rating of one sheet.
 *
 * <p>Invariants checked on construction: the parts add up to the total; the groups of each part add
 * up to the part (for a council whose means do not terminate, each figure is its exact mean rounded once
 * to 34 significant digits, so these sums may differ in the last digits, by less than 1E-25); the final
 * stars never exceed the band; {@code ocopProduct} is true exactly when the
 * final stars are 3 or more.
 */
@API(status = STABLE, since = "0.1.0")
public final class ScoreResult {
    private final @Nullable String id;
    private final String criteriaSet;
    private final String edition;
    private final String editionReason;
    private final vn.ocop.pack.@Nullable PackInfo pack;
    private final Map<String, Object> product;
    private final Map<String, BigDecimal> criteria;
    private final List<Award> awards;
    private final List<GroupScore> groups;
    private final Map<PartCode, BigDecimal> parts;
    private final Map<PartCode, BigDecimal> partMaxima;
    private final BigDecimal total;
    private final BigDecimal maxTotal;
    private final int bandStars;
    private final int stars;
    private final boolean ocopProduct;
    private final Map<Integer, List<FailedMinimum>> failedMinimums;
    private final MarkerPolicy markerPolicy;
    private final List<AppliedStop> stops;
    private final List<Disqualification> disqualifications;
    private final @Nullable Recognition recognition;
    private final @Nullable Council council;
    private final @Nullable Explanation explanation;
    private final List<String> warnings;

    private ScoreResult(
            @Nullable String id,
            String criteriaSet,
            String edition,
            @Nullable String editionReason,
            vn.ocop.pack.@Nullable PackInfo pack,
            @Nullable Map<String, Object> product,
            Map<String, BigDecimal> criteria,
            List<Award> awards,
            List<GroupScore> groups,
            Map<PartCode, BigDecimal> parts,
            Map<PartCode, BigDecimal> partMaxima,
            BigDecimal total,
            BigDecimal maxTotal,
            int bandStars,
            int stars,
            boolean ocopProduct,
            Map<Integer, List<FailedMinimum>> failedMinimums,
            MarkerPolicy markerPolicy,
            List<AppliedStop> stops,
            List<Disqualification> disqualifications,
            @Nullable Recognition recognition,
            @Nullable Council council,
            @Nullable Explanation explanation,
            List<String> warnings) {
        Objects.requireNonNull(criteriaSet, "criteriaSet");
        Objects.requireNonNull(edition, "edition");
        editionReason = editionReason == null ? "" : editionReason;
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(maxTotal, "maxTotal");
        Objects.requireNonNull(markerPolicy, "markerPolicy");
        product = product == null ? Map.of() : FrozenMap.of(product);
        criteria = FrozenMap.of(criteria);
        awards = List.copyOf(awards);
        groups = List.copyOf(groups);
        parts = Collections.unmodifiableMap(new TreeMap<>(parts));
        partMaxima = Collections.unmodifiableMap(new TreeMap<>(partMaxima));
        Map<Integer, List<FailedMinimum>> failed = new TreeMap<>();
        for (int level = 3; level <= 5; level++) {
            failed.put(level, List.copyOf(failedMinimums.getOrDefault(level, List.of())));
        }
        failedMinimums = Collections.unmodifiableMap(failed);
        stops = List.copyOf(stops);
        disqualifications = List.copyOf(disqualifications);
        warnings = List.copyOf(warnings);

        // Plain loops: every scored sheet is checked here, and more than once. A council that publishes its
        // means rounded to two decimals rounds each figure on its own, so its sums may differ by half a
        // hundredth per figure summed.
        boolean rounded = council != null && council.rounding() != vn.ocop.Rounding.EXACT;
        BigDecimal partSum = BigDecimal.ZERO;
        for (BigDecimal p : parts.values()) {
            partSum = partSum.add(p);
        }
        if (!agree(partSum, total, rounded ? parts.size() + 1 : 0)) {
            throw new IllegalArgumentException(
                    "parts " + parts + " add up to " + partSum + ", not to the total " + total);
        }
        for (Map.Entry<PartCode, BigDecimal> part : parts.entrySet()) {
            BigDecimal groupSum = BigDecimal.ZERO;
            int summed = 0;
            for (GroupScore g : groups) {
                if (g.part() == part.getKey()) {
                    groupSum = groupSum.add(g.points());
                    summed++;
                }
            }
            if (!groups.isEmpty() && !agree(groupSum, part.getValue(), rounded ? summed + 1 : 0)) {
                throw new IllegalArgumentException("groups of part " + part.getKey() + " add up to " + groupSum
                        + ", not to the part's " + part.getValue());
            }
        }
        if (stars < 0 || stars > bandStars) {
            throw new IllegalArgumentException("stars " + stars + " must lie between 0 and the band's " + bandStars);
        }
        if (ocopProduct != (stars >= 3)) {
            throw new IllegalArgumentException(
                    "ocopProduct must be true exactly when stars >= 3 (stars " + stars + ")");
        }
        this.id = id;
        this.criteriaSet = criteriaSet;
        this.edition = edition;
        this.editionReason = editionReason;
        this.pack = pack;
        this.product = product;
        this.criteria = criteria;
        this.awards = awards;
        this.groups = groups;
        this.parts = parts;
        this.partMaxima = partMaxima;
        this.total = total;
        this.maxTotal = maxTotal;
        this.bandStars = bandStars;
        this.stars = stars;
        this.ocopProduct = ocopProduct;
        this.failedMinimums = failedMinimums;
        this.markerPolicy = markerPolicy;
        this.stops = stops;
        this.disqualifications = disqualifications;
        this.recognition = recognition;
        this.council = council;
        this.explanation = explanation;
        this.warnings = warnings;
    }

    /** @return the sheet's identifier, or {@code null} */
    public @Nullable String id() {
        return id;
    }

    /** @return the criteria set used */
    public String criteriaSet() {
        return criteriaSet;
    }

    /** @return the edition used */
    public String edition() {
        return edition;
    }

    /** @return why that edition was used */
    public String editionReason() {
        return editionReason;
    }

    /** @return the province rule pack the result was scored with, or {@code null} for the national criteria alone */
    public vn.ocop.pack.@Nullable PackInfo pack() {
        return pack;
    }

    /** @return the sheet's product description, echoed */
    public Map<String, Object> product() {
        return product;
    }

    /** @return points per leaf criterion code, in official order */
    public Map<String, BigDecimal> criteria() {
        return criteria;
    }

    /** @return per leaf criterion: option, points, and the rule and file that awarded them */
    public List<Award> awards() {
        return awards;
    }

    /** @return per group: sum and maximum */
    public List<GroupScore> groups() {
        return groups;
    }

    /** @return points per part */
    public Map<PartCode, BigDecimal> parts() {
        return parts;
    }

    /** @return maximum per part */
    public Map<PartCode, BigDecimal> partMaxima() {
        return partMaxima;
    }

    /** @return sum of the parts */
    public BigDecimal total() {
        return total;
    }

    /** @return sum of the part maxima */
    public BigDecimal maxTotal() {
        return maxTotal;
    }

    /** @return the star band the total falls in (1–5), 0 for a rejected dossier */
    public int bandStars() {
        return bandStars;
    }

    /** @return the final star level after minimum markers, stop rules and disqualifiers */
    public int stars() {
        return stars;
    }

    /** @return whether the product is an OCOP product (3 stars or more) */
    public boolean ocopProduct() {
        return ocopProduct;
    }

    /** @return failed minimum markers per star level (keys 3, 4 and 5, always present) */
    public Map<Integer, List<FailedMinimum>> failedMinimums() {
        return failedMinimums;
    }

    /** @return how failed markers affected the stars */
    public MarkerPolicy markerPolicy() {
        return markerPolicy;
    }

    /** @return stop rules that applied */
    public List<AppliedStop> stops() {
        return stops;
    }

    /** @return dossier rejections that applied */
    public List<Disqualification> disqualifications() {
        return disqualifications;
    }

    /** @return who recognises a 3★–5★ result and the certificate's dates, else {@code null} */
    public @Nullable Recognition recognition() {
        return recognition;
    }

    /** @return for a council result, its members, spread and quorum, else {@code null} */
    public @Nullable Council council() {
        return council;
    }

    /** @return why the result has its star level, else {@code null} */
    public @Nullable Explanation explanation() {
        return explanation;
    }

    /** @return anything the user should know about the result (defective source data, …) */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof ScoreResult other
                        && java.util.Objects.equals(id, other.id)
                        && java.util.Objects.equals(criteriaSet, other.criteriaSet)
                        && java.util.Objects.equals(edition, other.edition)
                        && java.util.Objects.equals(editionReason, other.editionReason)
                        && java.util.Objects.equals(pack, other.pack)
                        && java.util.Objects.equals(product, other.product)
                        && java.util.Objects.equals(criteria, other.criteria)
                        && java.util.Objects.equals(awards, other.awards)
                        && java.util.Objects.equals(groups, other.groups)
                        && java.util.Objects.equals(parts, other.parts)
                        && java.util.Objects.equals(partMaxima, other.partMaxima)
                        && java.util.Objects.equals(total, other.total)
                        && java.util.Objects.equals(maxTotal, other.maxTotal)
                        && bandStars == other.bandStars
                        && stars == other.stars
                        && ocopProduct == other.ocopProduct
                        && java.util.Objects.equals(failedMinimums, other.failedMinimums)
                        && java.util.Objects.equals(markerPolicy, other.markerPolicy)
                        && java.util.Objects.equals(stops, other.stops)
                        && java.util.Objects.equals(disqualifications, other.disqualifications)
                        && java.util.Objects.equals(recognition, other.recognition)
                        && java.util.Objects.equals(council, other.council)
                        && java.util.Objects.equals(explanation, other.explanation)
                        && java.util.Objects.equals(warnings, other.warnings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                id,
                criteriaSet,
                edition,
                editionReason,
                pack,
                product,
                criteria,
                awards,
                groups,
                parts,
                partMaxima,
                total,
                maxTotal,
                bandStars,
                stars,
                ocopProduct,
                failedMinimums,
                markerPolicy,
                stops,
                disqualifications,
                recognition,
                council,
                explanation,
                warnings);
    }

    @Override
    public String toString() {
        return "ScoreResult[" + "id=" + id + ", " + "criteriaSet=" + criteriaSet + ", " + "edition=" + edition + ", "
                + "editionReason=" + editionReason + ", " + "pack=" + pack + ", " + "product=" + product + ", "
                + "criteria=" + criteria + ", " + "awards=" + awards + ", " + "groups=" + groups + ", " + "parts="
                + parts + ", " + "partMaxima=" + partMaxima + ", " + "total=" + total + ", " + "maxTotal=" + maxTotal
                + ", " + "bandStars=" + bandStars + ", " + "stars=" + stars + ", " + "ocopProduct=" + ocopProduct + ", "
                + "failedMinimums=" + failedMinimums + ", " + "markerPolicy=" + markerPolicy + ", " + "stops=" + stops
                + ", " + "disqualifications=" + disqualifications + ", " + "recognition=" + recognition + ", "
                + "council=" + council + ", " + "explanation=" + explanation + ", " + "warnings=" + warnings + "]";
    }

    private static final BigDecimal ROUNDING = new BigDecimal("1E-25");

    /**
     * An insertion-ordered map copied once and never changed: a {@link #toBuilder()} copy of a result takes it as
     * it is instead of copying it again. Only this class creates one.
     */
    private static final class FrozenMap<K, V> extends java.util.AbstractMap<K, V> {
        private final Map<K, V> map;

        private FrozenMap(Map<K, V> source) {
            this.map = Collections.unmodifiableMap(new LinkedHashMap<>(source));
        }

        static <K, V> Map<K, V> of(Map<K, V> source) {
            return source instanceof FrozenMap<K, V> frozen ? frozen : new FrozenMap<>(source);
        }

        @Override
        public java.util.Set<Entry<K, V>> entrySet() {
            return map.entrySet();
        }

        @Override
        public @Nullable V get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }
    }

    /** Whether two sums agree: to the last digit of an exact mean, or within half a hundredth per rounded figure. */
    private static boolean agree(BigDecimal a, BigDecimal b, int roundedFigures) {
        BigDecimal allowed =
                roundedFigures == 0 ? ROUNDING : HALF_HUNDREDTH.multiply(BigDecimal.valueOf(roundedFigures));
        return a.compareTo(b) == 0
                || a.subtract(b).abs().compareTo(allowed) <= 0 && roundedFigures > 0
                || a.subtract(b).abs().compareTo(ROUNDING) < 0;
    }

    private static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");

    /** @return a builder of a result; the library builds results with it, tests and other engines may too */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this result's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.criteriaSet = criteriaSet;
        b.edition = edition;
        b.editionReason = editionReason;
        b.pack = pack;
        b.product = product;
        b.criteria = criteria;
        b.awards = awards;
        b.groups = groups;
        b.parts = parts;
        b.partMaxima = partMaxima;
        b.total = total;
        b.maxTotal = maxTotal;
        b.bandStars = bandStars;
        b.stars = stars;
        b.failedMinimums = failedMinimums;
        b.markerPolicy = markerPolicy;
        b.stops = stops;
        b.disqualifications = disqualifications;
        b.recognition = recognition;
        b.council = council;
        b.explanation = explanation;
        b.warnings = warnings;
        return b;
    }

    /**
     * Builds a {@link ScoreResult}; {@link #build()} checks the invariants. {@code ocopProduct} follows from
     * the stars. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String criteriaSet;
        private @Nullable String edition;
        private String editionReason = "";
        private vn.ocop.pack.@Nullable PackInfo pack;
        private Map<String, Object> product = Map.of();
        private Map<String, BigDecimal> criteria = Map.of();
        private List<Award> awards = List.of();
        private List<GroupScore> groups = List.of();
        private Map<PartCode, BigDecimal> parts = Map.of();
        private Map<PartCode, BigDecimal> partMaxima = Map.of();
        private @Nullable BigDecimal total;
        private @Nullable BigDecimal maxTotal;
        private int bandStars;
        private int stars;
        private Map<Integer, List<FailedMinimum>> failedMinimums = Map.of();
        private MarkerPolicy markerPolicy = MarkerPolicy.HIGHEST_PASSING_LEVEL;
        private List<AppliedStop> stops = List.of();
        private List<Disqualification> disqualifications = List.of();
        private @Nullable Recognition recognition;
        private @Nullable Council council;
        private @Nullable Explanation explanation;
        private List<String> warnings = List.of();

        private Builder() {}

        /** @param id the sheet's identifier, or {@code null} @return this builder */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /** @param criteriaSet the set's code @param edition the edition's identifier @return this builder */
        public Builder set(String criteriaSet, String edition) {
            this.criteriaSet = criteriaSet;
            this.edition = edition;
            return this;
        }

        /** @param editionReason why the edition was used @return this builder */
        public Builder editionReason(String editionReason) {
            this.editionReason = editionReason;
            return this;
        }

        /** @param pack the province pack, or {@code null} for the national criteria @return this builder */
        public Builder pack(vn.ocop.pack.@Nullable PackInfo pack) {
            this.pack = pack;
            return this;
        }

        /** @param product the sheet's product description @return this builder */
        public Builder product(Map<String, Object> product) {
            this.product = product;
            return this;
        }

        /**
         * @param criteria points per leaf criterion, in official order
         * @param awards   per leaf criterion, what was awarded and by which rule
         * @param groups   per group, its points
         * @return this builder
         */
        public Builder criteria(Map<String, BigDecimal> criteria, List<Award> awards, List<GroupScore> groups) {
            this.criteria = criteria;
            this.awards = awards;
            this.groups = groups;
            return this;
        }

        /**
         * @param parts      points per part
         * @param partMaxima maximum per part
         * @param total      the sum of the parts
         * @param maxTotal   the sum of the maxima
         * @return this builder
         */
        public Builder parts(
                Map<PartCode, BigDecimal> parts,
                Map<PartCode, BigDecimal> partMaxima,
                BigDecimal total,
                BigDecimal maxTotal) {
            this.parts = parts;
            this.partMaxima = partMaxima;
            this.total = total;
            this.maxTotal = maxTotal;
            return this;
        }

        /** @param bandStars the band's stars @param stars the final stars @return this builder */
        public Builder stars(int bandStars, int stars) {
            this.bandStars = bandStars;
            this.stars = stars;
            return this;
        }

        /**
         * @param failedMinimums failed markers per star level
         * @param markerPolicy   how they affected the stars
         * @return this builder
         */
        public Builder minimums(Map<Integer, List<FailedMinimum>> failedMinimums, MarkerPolicy markerPolicy) {
            this.failedMinimums = failedMinimums;
            this.markerPolicy = markerPolicy;
            return this;
        }

        /** @param stops the stop rules that applied @return this builder */
        public Builder stops(List<AppliedStop> stops) {
            this.stops = stops;
            return this;
        }

        /** @param disqualifications the dossier rejections @return this builder */
        public Builder disqualifications(List<Disqualification> disqualifications) {
            this.disqualifications = disqualifications;
            return this;
        }

        /** @param recognition who recognises the result, or {@code null} @return this builder */
        public Builder recognition(@Nullable Recognition recognition) {
            this.recognition = recognition;
            return this;
        }

        /** @param council the council behind the result, or {@code null} @return this builder */
        public Builder council(@Nullable Council council) {
            this.council = council;
            return this;
        }

        /** @param explanation why the result has its stars, or {@code null} @return this builder */
        public Builder explanation(@Nullable Explanation explanation) {
            this.explanation = explanation;
            return this;
        }

        /** @param warnings things the user should know @return this builder */
        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        /**
         * @return the result
         * @throws IllegalArgumentException when an invariant of {@link ScoreResult} does not hold
         * @throws NullPointerException     when the set, edition, total or maximum is missing
         */
        public ScoreResult build() {
            return new ScoreResult(
                    id,
                    Objects.requireNonNull(criteriaSet, "criteriaSet: call set(...)"),
                    Objects.requireNonNull(edition, "edition: call set(...)"),
                    editionReason,
                    pack,
                    product,
                    criteria,
                    awards,
                    groups,
                    parts,
                    partMaxima,
                    Objects.requireNonNull(total, "total: call parts(...)"),
                    Objects.requireNonNull(maxTotal, "maxTotal: call parts(...)"),
                    bandStars,
                    stars,
                    stars >= 3,
                    failedMinimums,
                    markerPolicy,
                    stops,
                    disqualifications,
                    recognition,
                    council,
                    explanation,
                    warnings);
        }
    }

    /** @return every failed minimum, lowest star level first */
    public List<FailedMinimum> allFailedMinimums() {
        List<FailedMinimum> out = new ArrayList<>();
        failedMinimums.values().forEach(out::addAll);
        return out;
    }

    /** @return whether the dossier was rejected before scoring */
    public boolean disqualified() {
        return !disqualifications.isEmpty();
    }
}
