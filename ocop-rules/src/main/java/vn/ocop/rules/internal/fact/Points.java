package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/** Points arithmetic: what Drools' {@code sum} returns (BigDecimal, or Integer 0 when nothing matched), and means. */
public final class Points {
    private Points() {}

    /**
     * @param sum     a sum over {@code members} sheets
     * @param members how many sheets were summed (1 for a single sheet)
     * @return the mean: exact when the division terminates, else to 34 significant digits (MathContext
     *         DECIMAL128), rounded once from the exact sum
     */
    public static BigDecimal mean(BigDecimal sum, int members) {
        return vn.ocop.spi.CouncilTally.mean(sum, members);
    }

    private static final java.util.Map<String, BigDecimal> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param points points as written in a rule file ("1", "1.5")
     * @return them as a number, parsed once per distinct text
     */
    public static BigDecimal parse(String points) {
        BigDecimal p = PARSED.get(points);
        if (p == null) {
            p = new BigDecimal(points);
            if (PARSED.size() < 4096) {
                PARSED.put(points, p);
            }
        }
        return p;
    }

    static BigDecimal of(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        return n == null ? BigDecimal.ZERO : new BigDecimal(n.toString());
    }
}
