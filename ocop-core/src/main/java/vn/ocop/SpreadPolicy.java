package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a council does when its members' totals lie further apart than allowed. */
@API(status = STABLE, since = "0.1.0")
public enum SpreadPolicy {
    /** Default: score the council and add a warning. */
    WARN,
    /** Refuse to score the council. */
    ERROR
}
