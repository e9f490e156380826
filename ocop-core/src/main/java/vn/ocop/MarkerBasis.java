package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a council's minimum markers are checked on. */
@API(status = STABLE, since = "0.1.0")
public enum MarkerBasis {
    /** Default: each criterion's mean over the members. */
    CRITERION_MEANS,
    /** Every member's own points: a marker passes only if each member's sheet reaches it. */
    EVERY_MEMBER
}
