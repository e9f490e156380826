package vn.ocop;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import vn.ocop.result.Council;

/**
 * A council's member totals lie further apart than {@link ScoringOptions#maxSpread()} allows and
 * {@link SpreadPolicy#ERROR} was chosen: the sheets are valid, but the council must score again before a
 * result can be published. Not an invalid sheet: {@link #council()} carries the members, their totals and
 * the spread, so a host can show which members disagree.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class CouncilSpreadException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final transient Council council;

    /**
     * @param message what spread, between which members, against which limit
     * @param council the council's members, totals and spread
     */
    public CouncilSpreadException(String message, Council council) {
        super(message);
        this.council = java.util.Objects.requireNonNull(council, "council");
    }

    /** @return the council's members, totals, spread and the limit it broke */
    public Council council() {
        return council;
    }
}
