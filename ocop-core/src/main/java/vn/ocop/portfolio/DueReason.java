package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Why a product is on a due list. Names are a public contract. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum DueReason {
    /** Its certificate is still valid and expires within the window (6 months by default). */
    EXPIRING,
    /** The re-evaluation filing window of the edition in force is open (26/2026: 180 to 120 days before expiry). */
    REEVALUATION_WINDOW_OPEN,
    /** Its certificate expired less than 180 days ago: a late filer still inside the grace. */
    IN_GRACE,
    /** Its certificate expired 180 days ago or more and it was never re-recognised: no more OCOP logo. */
    LAPSED,
    /** It was recognised under an earlier edition; its next evaluation falls under the edition in force. */
    EDITION_CHANGE
}
