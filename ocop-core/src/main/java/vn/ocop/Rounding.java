package vn.ocop;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a council's published mean is rounded before it is banded. The decisions give the band of the members'
 * mean and no rounding rule, so the default is {@link #EXACT}; a province whose software publishes two
 * decimals can band what it publishes. The same rounding applies to everything a council result reports and
 * checks: the criterion means the markers are checked on, the group and part means, and the total. A single
 * sheet is never rounded. Rounding is half up: a rounded total is never lower than the exact one, but parts rounded
 * one by one ({@link #PARTS_2DP}) can add up to less (docs/councils.md).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Rounding {
    /** Default: the exact mean (to 34 significant digits when the division does not end) is banded. */
    EXACT,
    /** The mean total, rounded half up to two decimals, is banded; the means of criteria and parts too. */
    TOTAL_2DP,
    /**
     * Each part's mean is rounded half up to two decimals and the total is their sum, which is banded; the
     * criterion and group means are rounded to two decimals too.
     */
    PARTS_2DP
}
