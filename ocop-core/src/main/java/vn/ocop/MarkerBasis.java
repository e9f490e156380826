package vn.ocop;

/** What a council's minimum markers are checked on. */
public enum MarkerBasis {
    /** Default: each criterion's mean over the members. */
    CRITERION_MEANS,
    /** Every member's own points: a marker passes only if each member's sheet reaches it. */
    EVERY_MEMBER
}
