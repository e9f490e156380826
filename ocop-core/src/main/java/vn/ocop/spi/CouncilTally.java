package vn.ocop.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import vn.ocop.sheet.Finding;

/**
 * What the core hands an engine to score a council: per leaf criterion, the sum of the members' points and
 * the value its minimum markers are checked on (the mean or the lowest member's points, as
 * {@link vn.ocop.ScoringOptions#markerBasis()} says). The core computes both; the engine's rules band the
 * mean total and check the markers exactly as for one sheet.
 *
 * @param members  the number of scoring members (at least 1); every subtotal is a sum divided by it once
 * @param sums     per leaf criterion code, the sum of the members' points
 * @param checked  per leaf criterion code, the value the minimum markers are checked on
 * @param findings the findings of any member (a dossier or stop finding applies to the product)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CouncilTally(
        int members, Map<String, BigDecimal> sums, Map<String, BigDecimal> checked, List<Finding> findings) {
    /** Checks the tally and copies its collections. */
    public CouncilTally {
        if (members < 1) {
            throw new IllegalArgumentException("a council has at least one member: " + members);
        }
        sums = Collections.unmodifiableMap(new LinkedHashMap<>(sums));
        checked = Collections.unmodifiableMap(new LinkedHashMap<>(checked));
        if (!sums.keySet().equals(checked.keySet())) {
            throw new IllegalArgumentException("sums and checked values must name the same criteria");
        }
        findings = List.copyOf(findings);
        Objects.requireNonNull(findings, "findings");
    }

    /**
     * The council's mean of a sum, as every engine must compute it so that per-criterion means, subtotals and
     * the total agree: exact when the division terminates, else to 34 significant digits (MathContext
     * DECIMAL128), rounded once from the exact sum.
     *
     * @param sum     a sum over {@code members} sheets
     * @param members how many sheets were summed (1 for a single sheet)
     * @return the mean
     */
    public static BigDecimal mean(BigDecimal sum, int members) {
        if (members == 1) {
            return sum;
        }
        BigDecimal n = BigDecimal.valueOf(members);
        try {
            return sum.divide(n);
        } catch (ArithmeticException nonTerminating) {
            return sum.divide(n, java.math.MathContext.DECIMAL128);
        }
    }

    /**
     * @param mean     a council's mean (of a criterion, a group, a part or the total)
     * @param rounding the council's rounding policy
     * @return the mean as the council publishes it: unchanged under {@link vn.ocop.Rounding#EXACT}, else rounded
     *         half up to two decimals
     */
    public static BigDecimal published(BigDecimal mean, vn.ocop.Rounding rounding) {
        return rounding == vn.ocop.Rounding.EXACT ? mean : mean.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
