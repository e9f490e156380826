package vn.ocop.sheet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A seat's role in a council sitting. Names are a public contract (JSON). */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Role {
    /** The chair (chủ tịch hội đồng): scores. */
    CHAIR,
    /** A member (thành viên): scores. */
    MEMBER,
    /** The secretary (thư ký): keeps the record, does not score. */
    SECRETARY,
    /** An invited expert (chuyên gia): scores only when the options say so ({@code ScoringOptions#withExpertsScoring}). */
    EXPERT
}
