package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One target of a plan, such as "40 new products of 3★ or more in Bến Tre in 2024":
 * <pre>{@code
 * {"id": "BT-2024-NEW", "year": 2024, "measure": "NEW", "stars": 3, "count": 40,
 *  "locality": {"province": "Bến Tre"}}
 * }</pre>
 * Built with {@link #builder}; immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PlanTarget {
    private final String id;
    private final int year;
    private final PlanMeasure measure;
    private final int stars;
    private final int count;
    private final Locality locality;
    private final List<String> communes;

    private PlanTarget(Builder b) {
        this.id = b.id;
        this.year = b.year;
        this.measure = b.measure;
        this.stars = b.stars;
        this.count = b.count;
        this.locality = b.locality;
        this.communes = List.copyOf(b.communes);
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("target " + id + ": a plan year lies between 1900 and 2200: " + year);
        }
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("target " + id + ": stars are 3, 4 or 5: " + stars);
        }
        if (count < 1) {
            throw new IllegalArgumentException("target " + id + ": the count is 1 or more: " + count);
        }
        if ((measure == PlanMeasure.EACH_COMMUNE) == communes.isEmpty()) {
            throw new IllegalArgumentException("target " + id + ": "
                    + (communes.isEmpty()
                            ? "EACH_COMMUNE lists the communes"
                            : "only EACH_COMMUNE lists communes, not " + measure));
        }
        Set<String> seen = new HashSet<>();
        for (String c : communes) {
            String key = Locality.key(c);
            if (key.isEmpty() || !seen.add(key)) {
                throw new IllegalArgumentException(
                        "target " + id + ": the communes listed are named and distinct: '" + c + "'");
            }
        }
    }

    /**
     * @param id      the target's identifier in the plan
     * @param year    the plan year, 1900 to 2200
     * @param measure what it counts
     * @return a builder of a target of 3★ or more, count 1, anywhere, no communes
     */
    public static Builder builder(String id, int year, PlanMeasure measure) {
        return new Builder(id, year, measure);
    }

    /** @return the target's identifier in the plan */
    public String id() {
        return id;
    }

    /** @return the plan year */
    public int year() {
        return year;
    }

    /** @return what it counts */
    public PlanMeasure measure() {
        return measure;
    }

    /** @return the least stars that count, 3 to 5 */
    public int stars() {
        return stars;
    }

    /**
     * @return how many products the target asks for, 1 or more; for {@link PlanMeasure#EACH_COMMUNE}, how many in
     *         each commune listed
     */
    public int count() {
        return count;
    }

    /**
     * @return where it counts: a field left {@code null} means any (a province's target leaves the commune out);
     *         names compare without regard to case or Unicode form
     */
    public Locality locality() {
        return locality;
    }

    /**
     * @return for {@link PlanMeasure#EACH_COMMUNE}, the communes that must each reach {@link #count()}, distinct
     *         (compared without regard to case or Unicode form); empty for the other measures
     */
    public List<String> communes() {
        return communes;
    }

    /**
     * @return how much the target asks for: {@link #count()}, or for {@link PlanMeasure#EACH_COMMUNE} the number
     *         of communes listed
     */
    public int goal() {
        return measure == PlanMeasure.EACH_COMMUNE ? communes.size() : count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanTarget t
                && id.equals(t.id)
                && year == t.year
                && measure == t.measure
                && stars == t.stars
                && count == t.count
                && locality.equals(t.locality)
                && communes.equals(t.communes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, year, measure, stars, count, locality, communes);
    }

    @Override
    public String toString() {
        return "PlanTarget[" + id + ", " + year + " " + measure + " " + stars + "★+ ×" + count + ", " + locality
                + (communes.isEmpty() ? "" : ", communes " + communes) + "]";
    }

    /** Builds a {@link PlanTarget}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final int year;
        private final PlanMeasure measure;
        private int stars = 3;
        private int count = 1;
        private Locality locality = Locality.UNKNOWN;
        private List<String> communes = List.of();

        private Builder(String id, int year, PlanMeasure measure) {
            this.id = Objects.requireNonNull(id, "id");
            this.year = year;
            this.measure = Objects.requireNonNull(measure, "measure");
        }

        /**
         * @param stars the least stars that count, 3 to 5 (default 3)
         * @return this builder
         */
        public Builder stars(int stars) {
            this.stars = stars;
            return this;
        }

        /**
         * @param count how many products (default 1); for EACH_COMMUNE, how many in each commune
         * @return this builder
         */
        public Builder count(int count) {
            this.count = count;
            return this;
        }

        /**
         * @param locality where it counts (default anywhere)
         * @return this builder
         */
        public Builder locality(Locality locality) {
            this.locality = Objects.requireNonNull(locality, "locality");
            return this;
        }

        /**
         * @param communes for EACH_COMMUNE, the communes that must each reach the count
         * @return this builder
         */
        public Builder communes(List<String> communes) {
            this.communes = List.copyOf(communes);
            return this;
        }

        /**
         * @return the target
         * @throws IllegalArgumentException when a value is out of range, or communes are listed for a measure
         *                                  other than EACH_COMMUNE (or not for it), or repeat
         */
        public PlanTarget build() {
            return new PlanTarget(this);
        }
    }
}
