package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a pack is loaded.
 *
 * @param trustDrl accept DRL files in the pack. DRL consequences are Java code that runs with the
 *                 application's rights, and modern JDKs have no sandbox for it (the SecurityManager is gone
 *                 from JDK 24): set this only for packs from a source you trust as you trust your own code.
 *                 A pack's tables (CSV, XLSX) need no trust: they hold data only, and the library writes
 *                 the rules from their checked values (docs/security.md).
 * @param limits   the bounds on the pack's size: bytes, files, workbook cells, problems listed
 */
@API(status = STABLE, since = "0.1.0")
public record PackOptions(boolean trustDrl, vn.ocop.Limits limits) {
    /** Checks the options. */
    public PackOptions {
        java.util.Objects.requireNonNull(limits, "limits");
    }

    /** @return the safe defaults: DRL refused */
    public static PackOptions defaults() {
        return new PackOptions(false, vn.ocop.Limits.defaults());
    }

    /** @param trust whether DRL files are accepted @return a copy with that choice */
    public PackOptions withTrustDrl(boolean trust) {
        return new PackOptions(trust, limits);
    }

    /** @param limits the bounds on the pack's size @return a copy with those limits */
    public PackOptions withLimits(vn.ocop.Limits limits) {
        return new PackOptions(trustDrl, limits);
    }
}
