package vn.ocop.sheet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A council sitting: who sat, in which role, and the sheet each scoring member handed in. A scoring seat
 * without a sheet is a member who did not score (absent); the secretary does not score, nor do invited experts
 * unless the options say so.
 *
 * <p>JSON form (the public contract):
 * <pre>{@code
 * {"level": "PROVINCE",
 *  "members": [{"name": "Nguyễn Thị Lan", "role": "CHAIR", "sheet": {"criteriaSet": "QD26-01", …}},
 *              {"name": "Trần Văn Minh", "role": "SECRETARY"},
 *              {"name": "Lê Văn Hùng", "role": "MEMBER"}]}
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Sitting {
    private final @Nullable EvaluationLevel level;
    private final List<Seat> members;

    private Sitting(@Nullable EvaluationLevel level, List<Seat> members) {
        this.level = level;
        this.members = List.copyOf(members);
    }

    /**
     * One seat of the sitting.
     *
     * @param name  the person's name (or any identifier), shown in the result
     * @param role  the seat's role
     * @param sheet the sheet they handed in, or {@code null} when they did not score
     */
    public record Seat(String name, Role role, @Nullable Sheet sheet) {
        /** Checks the seat. */
        public Seat {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** @return the council's level, or {@code null} when not given */
    public @Nullable EvaluationLevel level() {
        return level;
    }

    /** @return the seats, in the order given */
    public List<Seat> members() {
        return members;
    }

    /** @return a builder of an empty sitting */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this sitting's seats and level */
    public Builder toBuilder() {
        Builder b = new Builder().level(level);
        members.forEach(b::seat);
        return b;
    }

    /** Builds a {@link Sitting}. */
    public static final class Builder {
        private @Nullable EvaluationLevel level;
        private final List<Seat> members = new ArrayList<>();

        private Builder() {}

        /** @param level the council's level, or {@code null} @return this builder */
        public Builder level(@Nullable EvaluationLevel level) {
            this.level = level;
            return this;
        }

        /** @param seat a seat @return this builder */
        public Builder seat(Seat seat) {
            members.add(Objects.requireNonNull(seat, "seat"));
            return this;
        }

        /**
         * @param name  the person's name
         * @param role  the seat's role
         * @param sheet their sheet, or {@code null} when they did not score
         * @return this builder
         */
        public Builder seat(String name, Role role, @Nullable Sheet sheet) {
            return seat(new Seat(name, role, sheet));
        }

        /** @return the sitting */
        public Sitting build() {
            return new Sitting(level, members);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this || o instanceof Sitting other && level == other.level && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, members);
    }

    @Override
    public String toString() {
        return "Sitting[level=" + level + ", members=" + members + "]";
    }
}
