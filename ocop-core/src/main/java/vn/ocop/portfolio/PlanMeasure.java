package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a plan target counts, in its locality and year; the rules that count each are
 * {@code vn/ocop/rules/portfolio/plan/plan.drl}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum PlanMeasure {
    /** Products recognised for the first time in the year, at or above the target's stars. */
    NEW,
    /**
     * Products holding a valid certificate at or above the target's stars at the end of the year (on the date
     * asked about, while the year runs).
     */
    HELD,
    /** Products re-evaluated in the year (a recognition after an earlier one), to at least the target's stars. */
    REEVALUATED,
    /** Products re-evaluated in the year to more stars than before, and to at least the target's stars. */
    UPGRADED,
    /**
     * The communes listed by the target that have at least {@code count} products holding a valid certificate at
     * or above its stars at the end of the year ("at least one product per commune").
     */
    EACH_COMMUNE
}
