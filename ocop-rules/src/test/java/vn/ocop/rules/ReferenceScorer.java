package vn.ocop.rules;

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
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Part;
import vn.ocop.catalogue.PartCode;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/**
 * A plain-Java scorer that reads only the catalogue, written independently of the rules, to check
 * that Drools computes what the criteria say. Bands are the official edges of 26/2026 (Điều 3.3),
 * typed here rather than read from the rule files.
 */
final class ReferenceScorer {

    record Outcome(Map<String, BigDecimal> criteria, Map<PartCode, BigDecimal> parts, BigDecimal total, int band,
                   int stars, Map<Integer, List<String>> failed, boolean stopped) {
    }

    private ReferenceScorer() {
    }

    static int officialBand(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return 5;
        }
        if (total.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return 4;
        }
        if (total.compareTo(BigDecimal.valueOf(50)) >= 0) {
            return 3;
        }
        return total.compareTo(BigDecimal.valueOf(30)) >= 0 ? 2 : 1;
    }

    static BigDecimal points(Criterion c, Answer a) {
        if (a instanceof Answer.YesNo yn) {
            return c.options().get(yn.yes() ? 1 : 0).points();
        }
        if (a instanceof Answer.CaseChoice cc) {
            return cc.option() == 0 ? BigDecimal.ZERO
                    : c.caseDefinition(cc.caseCode()).orElseThrow().options().get(cc.option() - 1).points();
        }
        int option = ((Answer.Choice) a).option();
        return option == 0 ? BigDecimal.ZERO : c.options().get(option - 1).points();
    }

    static Outcome score(CriteriaSet set, Sheet sheet) {
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        Map<PartCode, BigDecimal> parts = new EnumMap<>(PartCode.class);
        Map<Integer, List<String>> failed = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Part p : set.parts()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (CriterionGroup g : p.groups()) {
                for (Criterion top : g.criteria()) {
                    for (Criterion leaf : top.leaves()) {
                        BigDecimal pts = points(leaf, sheet.answers().get(leaf.code()));
                        criteria.put(leaf.code(), pts);
                        sum = sum.add(pts);
                        for (Minimum m : leaf.minimums()) {
                            if (pts.compareTo(m.points()) < 0) {
                                failed.computeIfAbsent(m.stars(), k -> new ArrayList<>()).add(leaf.code());
                            }
                        }
                    }
                }
            }
            parts.put(p.code(), sum);
            total = total.add(sum);
        }
        int band = officialBand(total);
        int stars = band;
        while (stars >= 3) {
            int s = stars;
            if (failed.keySet().stream().noneMatch(k -> k <= s)) {
                break;
            }
            stars--;
        }
        boolean stopped = set.stopRules().stream().anyMatch(r -> r.finding() == null
                && criteria.get(r.criterion()).signum() == 0)
                || sheet.findings().stream().anyMatch(f -> set.stopRules().stream()
                .anyMatch(r -> f.name().equals(r.finding())));
        return new Outcome(criteria, parts, total, band, stopped ? 0 : stars, failed, stopped);
    }
}
