package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/** Converts what Drools' {@code sum} returns (BigDecimal, or an Integer 0 when nothing matched). */
final class Points {
    private Points() {
    }

    static BigDecimal of(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        return n == null ? BigDecimal.ZERO : new BigDecimal(n.toString());
    }
}
