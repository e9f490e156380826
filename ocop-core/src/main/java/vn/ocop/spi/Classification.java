package vn.ocop.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How the portfolio statistics rules classify a product, through its latest recognition.
 *
 * @param holding the position of that recognition in the holdings the rules were given
 * @param kind    the class
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Classification(int holding, Kind kind) {
    /** Checks the classification. */
    public Classification {
        Objects.requireNonNull(kind, "kind");
    }

    /** The classes. */
    public enum Kind {
        /** Its certificate is valid on the date. */
        CURRENT,
        /** Re-evaluated to more stars than the recognition before. */
        UP,
        /** Re-evaluated to fewer stars. */
        DOWN,
        /** Re-evaluated to the same stars. */
        SAME,
        /** Its certificate lapsed (expired the grace ago or more). */
        LOST
    }
}
