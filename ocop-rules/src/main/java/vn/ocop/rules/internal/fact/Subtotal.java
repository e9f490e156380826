package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/** The sum of a group or a part, written by the common scoring rules. */
public final class Subtotal {
    private final String code;
    private BigDecimal points = BigDecimal.ZERO;

    /** @param code the group or part code */
    public Subtotal(String code) {
        this.code = code;
    }

    /** @return the group or part code */
    public String getCode() {
        return code;
    }

    /** @return the sum */
    public BigDecimal getPoints() {
        return points;
    }

    /** @param points the sum, as Drools' {@code sum} returns it */
    public void setPoints(Number points) {
        this.points = Points.of(points);
    }
}
