package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How far a portfolio has come towards a plan's targets on a date ({@code ocop portfolio plan --json} prints it).
 *
 * @param asOf     the date
 * @param plan     the plan's name, or {@code null}
 * @param products how many products the portfolio has
 * @param targets  each target's progress, in the plan's order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PlanProgress(LocalDate asOf, @Nullable String plan, int products, List<Progress> targets) {
    /** Checks and copies. */
    public PlanProgress {
        Objects.requireNonNull(asOf, "asOf");
        targets = List.copyOf(targets);
    }

    /** Where a target stands. */
    public enum Status {
        /** The goal is reached. */
        MET,
        /** Some of it is reached. */
        PARTLY_MET,
        /** None of it is reached. */
        NOT_MET
    }

    /** One target's progress; {@code goal} and {@code status} follow from the target and what is achieved. */
    public static final class Progress {
        private final PlanTarget target;
        private final int goal;
        private final int achieved;
        private final Status status;
        private final boolean closed;
        private final List<String> counted;
        private final Map<String, Integer> byCommune;

        /**
         * @param target    the target
         * @param achieved  what the portfolio reaches: products counted, or for {@link PlanMeasure#EACH_COMMUNE}
         *                  communes that reach the count
         * @param closed    whether the year has ended on the date
         * @param counted   the ids of the products that count, sorted
         * @param byCommune the products that count by commune
         */
        public Progress(
                PlanTarget target, int achieved, boolean closed, List<String> counted, Map<String, Integer> byCommune) {
            this.target = Objects.requireNonNull(target, "target");
            if (achieved < 0) {
                throw new IllegalArgumentException("target " + target.id() + ": achieved " + achieved);
            }
            this.goal = target.goal();
            this.achieved = achieved;
            this.status = achieved >= goal ? Status.MET : achieved > 0 ? Status.PARTLY_MET : Status.NOT_MET;
            this.closed = closed;
            this.counted = List.copyOf(counted);
            this.byCommune = Collections.unmodifiableMap(new LinkedHashMap<>(byCommune));
        }

        /** @return the target */
        public PlanTarget target() {
            return target;
        }

        /** @return what it asks for ({@link PlanTarget#goal()}) */
        public int goal() {
            return goal;
        }

        /**
         * @return what the portfolio reaches: products counted, or for {@link PlanMeasure#EACH_COMMUNE} communes
         *         that reach the count
         */
        public int achieved() {
            return achieved;
        }

        /** @return met (achieved ≥ goal), partly met, or not met (nothing achieved) */
        public Status status() {
            return status;
        }

        /** @return whether the year has ended on the date (a target not met in a closed year is missed) */
        public boolean closed() {
            return closed;
        }

        /** @return the ids of the products that count, sorted */
        public List<String> counted() {
            return counted;
        }

        /**
         * @return the products that count by commune ("district / commune" where the portfolio gives a district;
         *         "(unknown)" where it gives no commune), sorted; for {@link PlanMeasure#EACH_COMMUNE}, every commune
         *         listed, with 0 where none counts
         */
        public Map<String, Integer> byCommune() {
            return byCommune;
        }

        @Override
        public String toString() {
            return "Progress[" + target.id() + ": " + achieved + " of " + goal + ", " + status + ", counted " + counted
                    + ", by commune " + byCommune + "]";
        }
    }
}
