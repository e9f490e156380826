package vn.ocop;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The values of every {@link Limit}: the defaults, or the defaults with some raised or lowered. Immutable.
 * Given to the library through {@link ScoringOptions#withLimits(Limits)} and
 * {@code PackOptions.withLimits(Limits)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Limits {
    private static final Limits DEFAULTS = new Limits(new EnumMap<>(Limit.class));

    /** The largest value of any limit: the most bytes a Java array holds, about 2 GiB. */
    public static final long MAX = Integer.MAX_VALUE - 9L;

    private final Map<Limit, Long> values;

    private Limits(EnumMap<Limit, Long> values) {
        this.values = values;
    }

    /** @return every limit at its default */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /**
     * @param limit a limit
     * @return its value here
     */
    public long get(Limit limit) {
        Long v = values.get(Objects.requireNonNull(limit, "limit"));
        return v == null ? limit.defaultValue() : v;
    }

    /**
     * @param limit a limit
     * @param value its new value, from 1 to {@link #MAX}
     * @return a copy with that value
     * @throws IllegalArgumentException when the value is below 1 or above {@link #MAX}
     */
    public Limits with(Limit limit, long value) {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException(
                    "limit " + limit.setting() + " must lie between 1 and " + MAX + ": " + value);
        }
        EnumMap<Limit, Long> copy = new EnumMap<>(Limit.class);
        copy.putAll(values);
        copy.put(limit, value);
        return new Limits(copy);
    }

    /**
     * Throws when {@code value} exceeds the limit.
     *
     * @param limit   the limit
     * @param value   the size or count found (or reached so far)
     * @param subject what was being read, for the message (a file, a sheet's source, a council)
     * @throws LimitExceededException when {@code value} is above the limit
     */
    public void check(Limit limit, long value, String subject) {
        long max = get(limit);
        if (value > max) {
            throw new LimitExceededException(limit, value, max, subject);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Limits other)) {
            return false;
        }
        for (Limit l : Limit.values()) {
            if (get(l) != other.get(l)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long h = 1;
        for (Limit l : Limit.values()) {
            h = 31 * h + get(l);
        }
        return Long.hashCode(h);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Limits[");
        for (Limit l : Limit.values()) {
            s.append(l.ordinal() == 0 ? "" : ", ")
                    .append(l.setting())
                    .append('=')
                    .append(get(l));
        }
        return s.append(']').toString();
    }
}
