package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/** The sum of a group or a part, added up as the option rules award points (or as a council's scores are given). */
public final class Subtotal {
    private final String code;
    private final int members;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal points;

    /**
     * @param code    the group or part code
     * @param members the sheets the scores sum over (1 for a sheet, the council's size for a council)
     */
    public Subtotal(String code, int members) {
        this.code = code;
        this.members = members;
    }

    /** @return the group or part code */
    public String getCode() {
        return code;
    }

    /** @return the subtotal: the sum of its scores, divided by the members */
    public BigDecimal getPoints() {
        if (points == null) {
            points = Points.mean(sum, members);
        }
        return points;
    }

    /** @param counted a score's counted value, added to the sum */
    void add(BigDecimal counted) {
        sum = sum.add(counted);
        points = null;
    }
}
