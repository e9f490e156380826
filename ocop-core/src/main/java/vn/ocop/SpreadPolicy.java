package vn.ocop;

/** What a council does when its members' totals lie further apart than allowed. */
public enum SpreadPolicy {
    /** Default: score the council and add a warning. */
    WARN,
    /** Refuse to score the council. */
    ERROR
}
