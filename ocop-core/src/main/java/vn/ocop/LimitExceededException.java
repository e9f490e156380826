package vn.ocop;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Input larger than a {@link Limit} allows: nothing beyond the limit was read or kept. The message names
 * what was read, the value found, the limit and its setting.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class LimitExceededException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final Limit limit;
    private final long value;
    private final long max;
    private final String subject;

    /**
     * @param limit   the limit exceeded
     * @param value   the size or count found (at least {@code max + 1}: reading stops there)
     * @param max     the limit's value
     * @param subject what was being read
     */
    public LimitExceededException(Limit limit, long value, long max, String subject) {
        super(subject + ": " + (value > max + 1 ? value + " " + limit.unit() + ", " : "") + "more than the limit "
                + limit.setting() + " = " + max + " " + limit.unit() + " (a setting of Limits; in the CLI, --limit "
                + limit.setting() + "=N)");
        this.limit = limit;
        this.value = value;
        this.max = max;
        this.subject = subject;
    }

    /** @return the limit exceeded */
    public Limit limit() {
        return limit;
    }

    /** @return the size or count found, or {@code max() + 1} when reading stopped at the limit */
    public long value() {
        return value;
    }

    /** @return the limit's value */
    public long max() {
        return max;
    }

    /** @return what was being read */
    public String subject() {
        return subject;
    }
}
