package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/** The sum of a group or a part, added up as the option rules award points (or as a council's scores are given). */
public final class Subtotal {
    private final String code;
    private final int members;
    private final vn.ocop.Rounding rounding;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal points;

    /**
     * @param code    the group or part code
     * @param members  the sheets the scores sum over (1 for a sheet, the council's size for a council)
     * @param rounding how a council's means are published (a sheet's: {@code EXACT})
     */
    public Subtotal(String code, int members, vn.ocop.Rounding rounding) {
        this.code = code;
        this.members = members;
        this.rounding = rounding;
    }

    /** @return the group or part code */
    public String getCode() {
        return code;
    }

    /** @return the subtotal: the sum of its scores, divided by the members, as the rounding publishes it */
    public BigDecimal getPoints() {
        if (points == null) {
            points = vn.ocop.spi.CouncilTally.published(Points.mean(sum, members), rounding);
        }
        return points;
    }

    /** @param counted a score's counted value, added to the sum */
    void add(BigDecimal counted) {
        sum = sum.add(counted);
        points = null;
    }
}
