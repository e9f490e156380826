package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The council behind a result: its members' totals, their spread and the quorum. A council result is
 * a {@link ScoreResult} of the members' per-criterion means, with this record attached.
 *
 * @param members        each member's sheet: id, total, band and stars
 * @param lowestTotal    the lowest member total
 * @param highestTotal   the highest member total
 * @param spread         highest minus lowest total
 * @param maxSpread      the spread the policy allows
 * @param spreadExceeded whether the spread is over {@code maxSpread} (reported as a warning or refused,
 *                       as {@link vn.ocop.SpreadPolicy} says)
 * @param quorum         the number of members required
 * @param quorumMet      whether there are that many
 * @param markerBasis    what the minimum markers were checked on
 */
@API(status = STABLE, since = "0.1.0")
public record Council(List<Member> members, BigDecimal lowestTotal, BigDecimal highestTotal, BigDecimal spread,
                      BigDecimal maxSpread, boolean spreadExceeded, int quorum, boolean quorumMet,
                      vn.ocop.MarkerBasis markerBasis) {
    /** Checks the council and copies its members. */
    public Council {
        members = List.copyOf(members);
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(markerBasis, "markerBasis");
    }

    /**
     * One member's sheet.
     *
     * @param id        the sheet's id, or its position (1, 2 …) when it has none
     * @param total     the member's total
     * @param bandStars the member's band
     * @param stars     the member's final stars
     */
    public record Member(String id, BigDecimal total, int bandStars, int stars) {
    }
}
