package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The council behind a result: its members' totals, their spread and the quorum. A council result is
 * a {@link ScoreResult} of the members' per-criterion means, with this record attached.
 */
@API(status = STABLE, since = "0.1.0")
public final class Council {
    private final List<Member> members;
    private final BigDecimal lowestTotal;
    private final BigDecimal highestTotal;
    private final BigDecimal spread;
    private final BigDecimal maxSpread;
    private final boolean spreadExceeded;
    private final int quorum;
    private final boolean quorumMet;
    private final vn.ocop.MarkerBasis markerBasis;

    private Council(
            List<Member> members,
            BigDecimal lowestTotal,
            BigDecimal highestTotal,
            BigDecimal spread,
            BigDecimal maxSpread,
            boolean spreadExceeded,
            int quorum,
            boolean quorumMet,
            vn.ocop.MarkerBasis markerBasis) {
        members = List.copyOf(members);
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(markerBasis, "markerBasis");
        this.members = members;
        this.lowestTotal = lowestTotal;
        this.highestTotal = highestTotal;
        this.spread = spread;
        this.maxSpread = maxSpread;
        this.spreadExceeded = spreadExceeded;
        this.quorum = quorum;
        this.quorumMet = quorumMet;
        this.markerBasis = markerBasis;
    }

    /** @return each member's sheet: id, total, band and stars */
    public List<Member> members() {
        return members;
    }

    /** @return the lowest member total */
    public BigDecimal lowestTotal() {
        return lowestTotal;
    }

    /** @return the highest member total */
    public BigDecimal highestTotal() {
        return highestTotal;
    }

    /** @return highest minus lowest total */
    public BigDecimal spread() {
        return spread;
    }

    /** @return the spread the policy allows */
    public BigDecimal maxSpread() {
        return maxSpread;
    }

    /** @return whether the spread is over {@code maxSpread} (reported as a warning or refused, as {@link vn.ocop.SpreadPolicy} says) */
    public boolean spreadExceeded() {
        return spreadExceeded;
    }

    /** @return the number of members required */
    public int quorum() {
        return quorum;
    }

    /** @return whether there are that many */
    public boolean quorumMet() {
        return quorumMet;
    }

    /** @return what the minimum markers were checked on */
    public vn.ocop.MarkerBasis markerBasis() {
        return markerBasis;
    }

    /** @return a builder of an empty {@link Council}; {@link Builder#build()} checks it */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.members = members;
        b.lowestTotal = lowestTotal;
        b.highestTotal = highestTotal;
        b.spread = spread;
        b.maxSpread = maxSpread;
        b.spreadExceeded = spreadExceeded;
        b.quorum = quorum;
        b.quorumMet = quorumMet;
        b.markerBasis = markerBasis;
        return b;
    }

    /** Builds a {@link Council}; not thread-safe. */
    public static final class Builder {
        private List<Member> members = List.of();
        private @Nullable BigDecimal lowestTotal;
        private @Nullable BigDecimal highestTotal;
        private @Nullable BigDecimal spread;
        private @Nullable BigDecimal maxSpread;
        private boolean spreadExceeded;
        private int quorum;
        private boolean quorumMet;
        private vn.ocop.@Nullable MarkerBasis markerBasis;

        private Builder() {}

        /**
         * @param members each member's sheet: id, total, band and stars
         * @return this builder
         */
        public Builder members(List<Member> members) {
            this.members = members;
            return this;
        }

        /**
         * @param lowestTotal the lowest member total
         * @return this builder
         */
        public Builder lowestTotal(BigDecimal lowestTotal) {
            this.lowestTotal = lowestTotal;
            return this;
        }

        /**
         * @param highestTotal the highest member total
         * @return this builder
         */
        public Builder highestTotal(BigDecimal highestTotal) {
            this.highestTotal = highestTotal;
            return this;
        }

        /**
         * @param spread highest minus lowest total
         * @return this builder
         */
        public Builder spread(BigDecimal spread) {
            this.spread = spread;
            return this;
        }

        /**
         * @param maxSpread the spread the policy allows
         * @return this builder
         */
        public Builder maxSpread(BigDecimal maxSpread) {
            this.maxSpread = maxSpread;
            return this;
        }

        /**
         * @param spreadExceeded whether the spread is over {@code maxSpread} (reported as a warning or refused, as {@link vn.ocop.SpreadPolicy} says)
         * @return this builder
         */
        public Builder spreadExceeded(boolean spreadExceeded) {
            this.spreadExceeded = spreadExceeded;
            return this;
        }

        /**
         * @param quorum the number of members required
         * @return this builder
         */
        public Builder quorum(int quorum) {
            this.quorum = quorum;
            return this;
        }

        /**
         * @param quorumMet whether there are that many
         * @return this builder
         */
        public Builder quorumMet(boolean quorumMet) {
            this.quorumMet = quorumMet;
            return this;
        }

        /**
         * @param markerBasis what the minimum markers were checked on
         * @return this builder
         */
        public Builder markerBasis(vn.ocop.MarkerBasis markerBasis) {
            this.markerBasis = markerBasis;
            return this;
        }

        /**
         * @return the value
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when a field is invalid
         */
        public Council build() {
            return new Council(
                    members,
                    Objects.requireNonNull(lowestTotal, "lowestTotal"),
                    Objects.requireNonNull(highestTotal, "highestTotal"),
                    Objects.requireNonNull(spread, "spread"),
                    Objects.requireNonNull(maxSpread, "maxSpread"),
                    spreadExceeded,
                    quorum,
                    quorumMet,
                    Objects.requireNonNull(markerBasis, "markerBasis"));
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Council other
                        && java.util.Objects.equals(members, other.members)
                        && java.util.Objects.equals(lowestTotal, other.lowestTotal)
                        && java.util.Objects.equals(highestTotal, other.highestTotal)
                        && java.util.Objects.equals(spread, other.spread)
                        && java.util.Objects.equals(maxSpread, other.maxSpread)
                        && spreadExceeded == other.spreadExceeded
                        && quorum == other.quorum
                        && quorumMet == other.quorumMet
                        && java.util.Objects.equals(markerBasis, other.markerBasis);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                members, lowestTotal, highestTotal, spread, maxSpread, spreadExceeded, quorum, quorumMet, markerBasis);
    }

    @Override
    public String toString() {
        return "Council[" + "members=" + members + ", " + "lowestTotal=" + lowestTotal + ", " + "highestTotal="
                + highestTotal + ", " + "spread=" + spread + ", " + "maxSpread=" + maxSpread + ", " + "spreadExceeded="
                + spreadExceeded + ", " + "quorum=" + quorum + ", " + "quorumMet=" + quorumMet + ", " + "markerBasis="
                + markerBasis + "]";
    }

    /**
     * One member's sheet.
     *
     * @param id        the sheet's id, or its position (1, 2 …) when it has none
     * @param total     the member's total
     * @param bandStars the member's band
     * @param stars     the member's final stars
     */
    public record Member(String id, BigDecimal total, int bandStars, int stars) {}
}
