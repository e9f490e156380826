package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/** The sum of a group or a part, written by the common scoring rules. */
public final class Subtotal {
    private final String code;
    private final int members;
    private BigDecimal points = BigDecimal.ZERO;

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

    /** @return the sum */
    public BigDecimal getPoints() {
        return points;
    }

    /** @param sum the sum of the scores, as Drools' {@code sum} returns it; stored divided by the members */
    public void setPoints(Number sum) {
        this.points = Points.mean(Points.of(sum), members);
    }
}
