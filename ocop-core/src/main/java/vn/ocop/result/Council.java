package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The council behind a result, as it sat: every seat and its role, who scored ("6 of 7"), whether the council
 * is complete, the members' totals, the pairs of members further apart than allowed, the members far from
 * the mean, and how the mean was rounded. A council result is a {@link ScoreResult} of the members'
 * per-criterion means, with this value attached.
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
    private final vn.ocop.sheet.@Nullable EvaluationLevel level;
    private final List<Seat> seats;
    private final int scoringMembers;
    private final int scored;
    private final String completion;
    private final boolean complete;
    private final List<Pair> spreadPairs;
    private final BigDecimal farFromMean;
    private final List<Deviation> membersFarFromMean;
    private final BigDecimal exactMean;
    private final vn.ocop.Rounding rounding;

    private Council(Builder b) {
        this.members = List.copyOf(b.members);
        this.lowestTotal = Objects.requireNonNull(b.lowestTotal, "lowestTotal");
        this.highestTotal = Objects.requireNonNull(b.highestTotal, "highestTotal");
        this.spread = Objects.requireNonNull(b.spread, "spread");
        this.maxSpread = Objects.requireNonNull(b.maxSpread, "maxSpread");
        this.spreadExceeded = Objects.requireNonNull(b.spreadExceeded, "spreadExceeded");
        this.quorum = Objects.requireNonNull(b.quorum, "quorum");
        this.quorumMet = Objects.requireNonNull(b.quorumMet, "quorumMet");
        this.markerBasis = Objects.requireNonNull(b.markerBasis, "markerBasis");
        this.level = b.level;
        this.seats = List.copyOf(b.seats);
        this.scoringMembers = Objects.requireNonNull(b.scoringMembers, "scoringMembers");
        this.scored = Objects.requireNonNull(b.scored, "scored");
        this.completion = Objects.requireNonNull(b.completion, "completion");
        this.complete = Objects.requireNonNull(b.complete, "complete");
        this.spreadPairs = List.copyOf(b.spreadPairs);
        this.farFromMean = Objects.requireNonNull(b.farFromMean, "farFromMean");
        this.membersFarFromMean = List.copyOf(b.membersFarFromMean);
        this.exactMean = Objects.requireNonNull(b.exactMean, "exactMean");
        this.rounding = Objects.requireNonNull(b.rounding, "rounding");
    }

    /** @return each scoring member who scored: id, total, band and stars */
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

    /** @return highest minus lowest total: the largest difference between two members */
    public BigDecimal spread() {
        return spread;
    }

    /** @return the largest difference between two members' totals the options allow */
    public BigDecimal maxSpread() {
        return maxSpread;
    }

    /** @return whether two members' totals lie further apart than {@code maxSpread} (reported as a warning or refused, as {@link vn.ocop.SpreadPolicy} says) */
    public boolean spreadExceeded() {
        return spreadExceeded;
    }

    /** @return the scoring members who must have scored (every scoring member unless the options name a quorum) */
    public int quorum() {
        return quorum;
    }

    /** @return whether that many have scored (the same as {@link #complete()}) */
    public boolean quorumMet() {
        return quorumMet;
    }

    /** @return what the minimum markers were checked on */
    public vn.ocop.MarkerBasis markerBasis() {
        return markerBasis;
    }

    /** @return the council's level (province, central …), or {@code null} when the sitting did not say */
    public vn.ocop.sheet.@Nullable EvaluationLevel level() {
        return level;
    }

    /** @return every seat of the sitting, scoring or not, in the order given (for a council given as a list of sheets: one member seat per sheet) */
    public List<Seat> seats() {
        return seats;
    }

    /** @return the seats that score: chair, members, and experts when the options let them score */
    public int scoringMembers() {
        return scoringMembers;
    }

    /** @return the scoring seats that handed in a sheet */
    public int scored() {
        return scored;
    }

    /** @return {@code "scored of scoringMembers"}, as the national software shows it: {@code "6 of 7"} */
    public String completion() {
        return completion;
    }

    /** @return whether at least {@code quorum} scoring members have scored */
    public boolean complete() {
        return complete;
    }

    /** @return every pair of members whose totals lie more than {@code maxSpread} apart, largest difference first */
    public List<Pair> spreadPairs() {
        return spreadPairs;
    }

    /** @return how far from the mean a member's total may lie before it is flagged */
    public BigDecimal farFromMean() {
        return farFromMean;
    }

    /** @return the members whose totals lie more than {@code farFromMean} from the mean */
    public List<Deviation> membersFarFromMean() {
        return membersFarFromMean;
    }

    /** @return the exact mean of the members' totals, before any rounding */
    public BigDecimal exactMean() {
        return exactMean;
    }

    /** @return how the published mean was rounded before it was banded */
    public vn.ocop.Rounding rounding() {
        return rounding;
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
        b.level = level;
        b.seats = seats;
        b.scoringMembers = scoringMembers;
        b.scored = scored;
        b.completion = completion;
        b.complete = complete;
        b.spreadPairs = spreadPairs;
        b.farFromMean = farFromMean;
        b.membersFarFromMean = membersFarFromMean;
        b.exactMean = exactMean;
        b.rounding = rounding;
        return b;
    }

    /** Builds a {@link Council}; not thread-safe. */
    public static final class Builder {
        private List<Member> members = List.of();
        private @Nullable BigDecimal lowestTotal;
        private @Nullable BigDecimal highestTotal;
        private @Nullable BigDecimal spread;
        private @Nullable BigDecimal maxSpread;
        private @Nullable Boolean spreadExceeded;
        private @Nullable Integer quorum;
        private @Nullable Boolean quorumMet;
        private vn.ocop.@Nullable MarkerBasis markerBasis;
        private vn.ocop.sheet.@Nullable EvaluationLevel level;
        private List<Seat> seats = List.of();
        private @Nullable Integer scoringMembers;
        private @Nullable Integer scored;
        private @Nullable String completion;
        private @Nullable Boolean complete;
        private List<Pair> spreadPairs = List.of();
        private @Nullable BigDecimal farFromMean;
        private List<Deviation> membersFarFromMean = List.of();
        private @Nullable BigDecimal exactMean;
        private vn.ocop.@Nullable Rounding rounding;

        private Builder() {}

        /**
         * @param members each scoring member who scored: id, total, band and stars
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
         * @param spread highest minus lowest total: the largest difference between two members
         * @return this builder
         */
        public Builder spread(BigDecimal spread) {
            this.spread = spread;
            return this;
        }

        /**
         * @param maxSpread the largest difference between two members' totals the options allow
         * @return this builder
         */
        public Builder maxSpread(BigDecimal maxSpread) {
            this.maxSpread = maxSpread;
            return this;
        }

        /**
         * @param spreadExceeded whether two members' totals lie further apart than {@code maxSpread} (reported as a warning or refused, as {@link vn.ocop.SpreadPolicy} says)
         * @return this builder
         */
        public Builder spreadExceeded(boolean spreadExceeded) {
            this.spreadExceeded = spreadExceeded;
            return this;
        }

        /**
         * @param quorum the scoring members who must have scored (every scoring member unless the options name a quorum)
         * @return this builder
         */
        public Builder quorum(int quorum) {
            this.quorum = quorum;
            return this;
        }

        /**
         * @param quorumMet whether that many have scored (the same as {@link #complete()})
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
         * @param level the council's level (province, central …), or {@code null} when the sitting did not say
         * @return this builder
         */
        public Builder level(vn.ocop.sheet.@Nullable EvaluationLevel level) {
            this.level = level;
            return this;
        }

        /**
         * @param seats every seat of the sitting, scoring or not, in the order given (for a council given as a list of sheets: one member seat per sheet)
         * @return this builder
         */
        public Builder seats(List<Seat> seats) {
            this.seats = seats;
            return this;
        }

        /**
         * @param scoringMembers the seats that score: chair, members, and experts when the options let them score
         * @return this builder
         */
        public Builder scoringMembers(int scoringMembers) {
            this.scoringMembers = scoringMembers;
            return this;
        }

        /**
         * @param scored the scoring seats that handed in a sheet
         * @return this builder
         */
        public Builder scored(int scored) {
            this.scored = scored;
            return this;
        }

        /**
         * @param completion {@code "scored of scoringMembers"}, as the national software shows it: {@code "6 of 7"}
         * @return this builder
         */
        public Builder completion(String completion) {
            this.completion = completion;
            return this;
        }

        /**
         * @param complete whether at least {@code quorum} scoring members have scored
         * @return this builder
         */
        public Builder complete(boolean complete) {
            this.complete = complete;
            return this;
        }

        /**
         * @param spreadPairs every pair of members whose totals lie more than {@code maxSpread} apart, largest difference first
         * @return this builder
         */
        public Builder spreadPairs(List<Pair> spreadPairs) {
            this.spreadPairs = spreadPairs;
            return this;
        }

        /**
         * @param farFromMean how far from the mean a member's total may lie before it is flagged
         * @return this builder
         */
        public Builder farFromMean(BigDecimal farFromMean) {
            this.farFromMean = farFromMean;
            return this;
        }

        /**
         * @param membersFarFromMean the members whose totals lie more than {@code farFromMean} from the mean
         * @return this builder
         */
        public Builder membersFarFromMean(List<Deviation> membersFarFromMean) {
            this.membersFarFromMean = membersFarFromMean;
            return this;
        }

        /**
         * @param exactMean the exact mean of the members' totals, before any rounding
         * @return this builder
         */
        public Builder exactMean(BigDecimal exactMean) {
            this.exactMean = exactMean;
            return this;
        }

        /**
         * @param rounding how the published mean was rounded before it was banded
         * @return this builder
         */
        public Builder rounding(vn.ocop.Rounding rounding) {
            this.rounding = rounding;
            return this;
        }

        /**
         * @return the value
         * @throws NullPointerException when a required field is missing
         */
        public Council build() {
            return new Council(this);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Council other
                        && Objects.equals(members, other.members)
                        && Objects.equals(lowestTotal, other.lowestTotal)
                        && Objects.equals(highestTotal, other.highestTotal)
                        && Objects.equals(spread, other.spread)
                        && Objects.equals(maxSpread, other.maxSpread)
                        && spreadExceeded == other.spreadExceeded
                        && quorum == other.quorum
                        && quorumMet == other.quorumMet
                        && Objects.equals(markerBasis, other.markerBasis)
                        && Objects.equals(level, other.level)
                        && Objects.equals(seats, other.seats)
                        && scoringMembers == other.scoringMembers
                        && scored == other.scored
                        && Objects.equals(completion, other.completion)
                        && complete == other.complete
                        && Objects.equals(spreadPairs, other.spreadPairs)
                        && Objects.equals(farFromMean, other.farFromMean)
                        && Objects.equals(membersFarFromMean, other.membersFarFromMean)
                        && Objects.equals(exactMean, other.exactMean)
                        && Objects.equals(rounding, other.rounding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                members,
                lowestTotal,
                highestTotal,
                spread,
                maxSpread,
                spreadExceeded,
                quorum,
                quorumMet,
                markerBasis,
                level,
                seats,
                scoringMembers,
                scored,
                completion,
                complete,
                spreadPairs,
                farFromMean,
                membersFarFromMean,
                exactMean,
                rounding);
    }

    @Override
    public String toString() {
        return "Council[" + "members=" + members + ", " + "lowestTotal=" + lowestTotal + ", " + "highestTotal="
                + highestTotal + ", " + "spread=" + spread + ", " + "maxSpread=" + maxSpread + ", " + "spreadExceeded="
                + spreadExceeded + ", " + "quorum=" + quorum + ", " + "quorumMet=" + quorumMet + ", " + "markerBasis="
                + markerBasis + ", " + "level=" + level + ", " + "seats=" + seats + ", " + "scoringMembers="
                + scoringMembers + ", " + "scored=" + scored + ", " + "completion=" + completion + ", " + "complete="
                + complete + ", " + "spreadPairs=" + spreadPairs + ", " + "farFromMean=" + farFromMean + ", "
                + "membersFarFromMean=" + membersFarFromMean + ", " + "exactMean=" + exactMean + ", " + "rounding="
                + rounding + "]";
    }

    /**
     * One member's sheet.
     *
     * @param id        the sheet's id, the seat's name, or its position (1, 2 …) when it has none
     * @param total     the member's total
     * @param bandStars the member's band
     * @param stars     the member's final stars
     */
    public record Member(String id, BigDecimal total, int bandStars, int stars) {}

    /** Whether a seat scored. */
    public enum SeatStatus {
        /** A scoring seat that handed in a sheet. */
        SCORED,
        /** A scoring seat without a sheet: the member did not score. */
        ABSENT,
        /** A seat that does not score: the secretary, or an expert when experts do not score. */
        NOT_SCORING
    }

    /**
     * One seat of the sitting.
     *
     * @param name   the person's name, or the sheet's id
     * @param role   the seat's role
     * @param status whether it scored
     * @param total  the total of its sheet when it scored, else {@code null}
     */
    public record Seat(
            String name,
            vn.ocop.sheet.Role role,
            SeatStatus status,
            @Nullable BigDecimal total) {}

    /**
     * Two members whose totals lie further apart than allowed.
     *
     * @param first      one member (the higher total)
     * @param second     the other (the lower total)
     * @param difference how far apart their totals lie
     */
    public record Pair(String first, String second, BigDecimal difference) {}

    /**
     * A member whose total lies far from the council's mean.
     *
     * @param id        the member
     * @param total     the member's total
     * @param deviation the total minus the exact mean (negative below it)
     */
    public record Deviation(String id, BigDecimal total, BigDecimal deviation) {}
}
