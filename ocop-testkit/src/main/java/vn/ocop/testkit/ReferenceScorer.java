package vn.ocop.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Part;
import vn.ocop.catalogue.PartCode;
import vn.ocop.catalogue.StarBand;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/**
 * A plain-Java scorer that reads only the catalogue (options, maxima, markers, stop rules, bands) and shares no
 * code with the rules engine: what the criteria say, computed the obvious way, for comparison with Drools.
 * It applies the default marker policy (the highest level, at most the band's, whose markers all pass).
 */
public final class ReferenceScorer {

    /**
     * @param criteria points per leaf criterion
     * @param parts    points per part
     * @param total    the sum
     * @param band     the star band of the total (0 when no band contains it)
     * @param stars    the final stars
     * @param failed   criteria failing a marker, per star level
     * @param stopped  whether a stop rule applies
     */
    public record Outcome(
            Map<String, BigDecimal> criteria,
            Map<PartCode, BigDecimal> parts,
            BigDecimal total,
            int band,
            int stars,
            Map<Integer, List<String>> failed,
            boolean stopped) {}

    private ReferenceScorer() {}

    /**
     * @param edition the edition (its bands)
     * @param total   a total
     * @return the stars of the band containing it, 0 when none does
     */
    public static int band(Edition edition, BigDecimal total) {
        return edition.bands().stream()
                .filter(b -> b.contains(total))
                .mapToInt(StarBand::stars)
                .max()
                .orElse(0);
    }

    /**
     * @param c a leaf criterion
     * @param a its answer
     * @return the points of the answer
     */
    public static BigDecimal points(Criterion c, Answer a) {
        if (a instanceof Answer.YesNo yn) {
            return c.options().get(yn.yes() ? 1 : 0).points();
        }
        if (a instanceof Answer.CaseChoice cc) {
            return cc.option() == 0
                    ? BigDecimal.ZERO
                    : c.caseDefinition(cc.caseCode())
                            .orElseThrow()
                            .options()
                            .get(cc.option() - 1)
                            .points();
        }
        int option = ((Answer.Choice) a).option();
        return option == 0 ? BigDecimal.ZERO : c.options().get(option - 1).points();
    }

    /**
     * @param edition the set's edition
     * @param set     the set
     * @param sheet   a valid sheet of the set
     * @return what the criteria give
     */
    public static Outcome score(Edition edition, CriteriaSet set, Sheet sheet) {
        return council(edition, set, List.of(sheet));
    }

    /**
     * A council as the decision describes it: each criterion's points are the mean of the members' points, the
     * total the mean of their totals, the markers judged on the criterion means (the default marker basis).
     * Means are the exact sum divided once (to 34 significant digits when the division does not end), as the
     * library documents. Findings are those of any member.
     *
     * @param edition the set's edition
     * @param set     the set
     * @param members valid sheets of the set, one per scoring member (one sheet: the sheet's own result)
     * @return what the criteria give the council
     */
    public static Outcome council(Edition edition, CriteriaSet set, List<Sheet> members) {
        int n = members.size();
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        Map<PartCode, BigDecimal> parts = new EnumMap<>(PartCode.class);
        Map<Integer, List<String>> failed = new TreeMap<>();
        BigDecimal totalSum = BigDecimal.ZERO;
        for (Part p : set.parts()) {
            BigDecimal partSum = BigDecimal.ZERO;
            for (CriterionGroup g : p.groups()) {
                for (Criterion top : g.criteria()) {
                    for (Criterion leaf : top.leaves()) {
                        BigDecimal sum = BigDecimal.ZERO;
                        for (Sheet sheet : members) {
                            sum = sum.add(points(leaf, sheet.answers().get(leaf.code())));
                        }
                        BigDecimal pts = vn.ocop.spi.CouncilTally.mean(sum, n);
                        criteria.put(leaf.code(), pts);
                        partSum = partSum.add(sum);
                        for (Minimum m : leaf.minimums()) {
                            if (pts.compareTo(m.points()) < 0) {
                                failed.computeIfAbsent(m.stars(), k -> new ArrayList<>())
                                        .add(leaf.code());
                            }
                        }
                    }
                }
            }
            parts.put(p.code(), vn.ocop.spi.CouncilTally.mean(partSum, n));
            totalSum = totalSum.add(partSum);
        }
        BigDecimal total = vn.ocop.spi.CouncilTally.mean(totalSum, n);
        int band = band(edition, total);
        int stars = band;
        while (stars >= 3) {
            int s = stars;
            if (failed.keySet().stream().noneMatch(k -> k <= s)) {
                break;
            }
            stars--;
        }
        boolean stopped = set.stopRules().stream()
                        .anyMatch(r -> r.finding() == null
                                && criteria.get(r.criterion()).signum() == 0)
                || members.stream()
                        .flatMap(sheet -> sheet.findings().stream())
                        .anyMatch(f ->
                                set.stopRules().stream().anyMatch(r -> f.name().equals(r.finding())));
        return new Outcome(criteria, parts, total, band, stopped ? 0 : stars, failed, stopped);
    }
}
