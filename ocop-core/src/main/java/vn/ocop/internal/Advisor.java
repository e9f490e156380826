package vn.ocop.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Selection;
import vn.ocop.catalogue.StarBand;
import vn.ocop.catalogue.StopRule;
import vn.ocop.result.Advice;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/**
 * Finds the smallest answer changes that reach a star level: an exact dynamic programme over the criteria
 * whose state is the total reached so far, keeping the {@code k} best partial plans per total by (criteria
 * changed, rungs climbed). A criterion may keep its answer only if it meets the level's minimum markers
 * (cumulative) and no zero-point stop rule; otherwise it must move to an option that does. Options that do
 * not add points are never proposed. Because the cost is a sum over criteria and the constraint is on the
 * sum of points, keeping the k best plans for every reachable total yields the k best plans overall.
 */
final class Advisor {
    private Advisor() {}

    /** One possible answer of a criterion and what it costs against the current one. */
    private record Choice(
            Criterion criterion, @Nullable String caseCode, int option, BigDecimal points, int changes, int rungs) {}

    /**
     * Where a criterion stands now.
     *
     * @param points   its points (a council: the members' mean)
     * @param option   its option (a council: the highest option whose points do not exceed the mean)
     * @param caseCode its case, or {@code null}
     */
    record Current(BigDecimal points, int option, @Nullable String caseCode) {}

    /** @return where each leaf of the sheet stands */
    static Map<String, Current> current(SetIndex index, Sheet sheet) {
        Map<String, Current> out = new HashMap<>();
        for (Criterion c : index.leaves()) {
            Answer a = java.util.Objects.requireNonNull(sheet.answers().get(c.code()), c::code);
            out.put(
                    c.code(),
                    new Current(
                            points(c, a), currentOption(a), a instanceof Answer.CaseChoice cc ? cc.caseCode() : null));
        }
        return out;
    }

    /** @return where each leaf stands given per-criterion points such as a council's means */
    static Map<String, Current> current(SetIndex index, Map<String, BigDecimal> points) {
        Map<String, Current> out = new HashMap<>();
        for (Criterion c : index.leaves()) {
            BigDecimal p = java.util.Objects.requireNonNull(points.get(c.code()), c::code);
            int option = 0;
            String caseCode = null;
            List<CaseDefinition> cases = c.selection() == Selection.CASES ? c.cases() : List.of();
            for (Option o : cases.isEmpty() ? c.options() : cases.get(0).options()) {
                if (o.points().compareTo(p) <= 0) {
                    option = o.position();
                    caseCode = cases.isEmpty() ? null : cases.get(0).code();
                }
            }
            out.put(c.code(), new Current(p, option, caseCode));
        }
        return out;
    }

    /** A partial plan: its cost and the choices that changed something (in criterion order). */
    private record Plan(int changes, int rungs, BigDecimal total, List<Choice> changed) {}

    private static final Comparator<Plan> COST = Comparator.comparingInt(Plan::changes)
            .thenComparingInt(Plan::rungs)
            .thenComparing(Plan::total, Comparator.reverseOrder());

    static int currentOption(Answer a) {
        if (a instanceof Answer.Choice c) {
            return c.option();
        }
        if (a instanceof Answer.YesNo y) {
            return y.yes() ? 2 : 1;
        }
        return ((Answer.CaseChoice) a).option();
    }

    static BigDecimal points(Criterion c, Answer a) {
        if (a instanceof Answer.CaseChoice cc) {
            return cc.option() == 0
                    ? BigDecimal.ZERO
                    : c.caseDefinition(cc.caseCode())
                            .orElseThrow()
                            .options()
                            .get(cc.option() - 1)
                            .points();
        }
        int o = currentOption(a);
        return o == 0 ? BigDecimal.ZERO : c.options().get(o - 1).points();
    }

    /**
     * @param edition  the sheet's edition
     * @param index    the index of the sheet's criteria set
     * @param now      where each leaf criterion stands
     * @param stars    the level to reach
     * @param keep     how many plans to return
     * @return the best plans, best first; empty when the level cannot be reached by answers
     */
    static List<List<Advice.Change>> plans(
            Edition edition, SetIndex index, Map<String, Current> now, int stars, int keep) {
        StarBand band = edition.bands().stream()
                .filter(b -> b.stars() == stars)
                .findFirst()
                .orElse(null);
        if (band == null) {
            return List.of();
        }
        BigDecimal need = band.from();
        Map<String, Boolean> zeroStops = new HashMap<>();
        for (StopRule r : index.set().stopRules()) {
            if (r.finding() == null) {
                zeroStops.put(r.criterion(), true);
            }
        }
        // dp: total -> up to `keep` best plans reaching it
        Map<BigDecimal, List<Plan>> dp = new HashMap<>();
        dp.put(BigDecimal.ZERO, List.of(new Plan(0, 0, BigDecimal.ZERO, List.of())));
        for (Criterion c : index.leaves()) {
            List<Choice> choices = choices(
                    c,
                    java.util.Objects.requireNonNull(now.get(c.code()), c::code),
                    stars,
                    zeroStops.containsKey(c.code()));
            if (choices.isEmpty()) {
                return List.of();
            }
            Map<BigDecimal, List<Plan>> next = new HashMap<>();
            for (List<Plan> plans : dp.values()) {
                for (Plan p : plans) {
                    for (Choice ch : choices) {
                        BigDecimal total = p.total().add(ch.points());
                        List<Choice> changed = p.changed();
                        if (ch.changes() > 0) {
                            changed = new ArrayList<>(changed);
                            changed.add(ch);
                        }
                        Plan q = new Plan(p.changes() + ch.changes(), p.rungs() + ch.rungs(), total, changed);
                        List<Plan> at = next.computeIfAbsent(canonical(total), k -> new ArrayList<>());
                        at.add(q);
                    }
                }
            }
            for (Map.Entry<BigDecimal, List<Plan>> e : next.entrySet()) {
                List<Plan> l = e.getValue();
                l.sort(COST);
                if (l.size() > keep) {
                    e.setValue(new ArrayList<>(l.subList(0, keep)));
                }
            }
            dp = next;
        }
        List<Plan> reaching = new ArrayList<>();
        for (Map.Entry<BigDecimal, List<Plan>> e : dp.entrySet()) {
            if (e.getKey().compareTo(need) >= 0) {
                reaching.addAll(e.getValue());
            }
        }
        reaching.sort(COST);
        List<List<Advice.Change>> out = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Plan p : reaching) {
            String key = p.changed().stream()
                    .map(ch -> ch.criterion().code() + ":" + ch.caseCode() + ":" + ch.option())
                    .reduce("", String::concat);
            if (seen.put(key, true) != null) {
                continue;
            }
            List<Advice.Change> changes = new ArrayList<>();
            for (Choice ch : p.changed()) {
                Current cur =
                        java.util.Objects.requireNonNull(now.get(ch.criterion().code()));
                changes.add(new Advice.Change(
                        ch.criterion().code(), ch.caseCode(), ch.option(), cur.option(), ch.points(), cur.points()));
            }
            out.add(changes);
            if (out.size() == keep) {
                break;
            }
        }
        return out;
    }

    private static BigDecimal canonical(BigDecimal b) {
        return b.signum() == 0 ? BigDecimal.ZERO : b.stripTrailingZeros();
    }

    /** The answers a criterion may take in a plan for {@code stars}: keeping it, or a better option. */
    private static List<Choice> choices(Criterion c, Current a, int stars, boolean zeroStops) {
        BigDecimal minimum = BigDecimal.ZERO;
        for (Minimum m : c.minimums()) {
            if (m.stars() <= stars && m.points().compareTo(minimum) > 0) {
                minimum = m.points();
            }
        }
        BigDecimal now = a.points();
        int current = a.option();
        String currentCase = a.caseCode();
        List<Choice> out = new ArrayList<>();
        if (acceptable(now, minimum, zeroStops)) {
            out.add(new Choice(c, currentCase, current, now, 0, 0));
        }
        if (c.selection() == Selection.CASES) {
            for (CaseDefinition k : c.cases()) {
                boolean sameCase = k.code().equals(currentCase);
                for (Option o : k.options()) {
                    if (o.points().compareTo(now) > 0 && acceptable(o.points(), minimum, zeroStops)) {
                        out.add(new Choice(
                                c,
                                k.code(),
                                o.position(),
                                o.points(),
                                1,
                                sameCase ? o.position() - current : o.position()));
                    }
                }
            }
        } else {
            for (Option o : c.options()) {
                if (o.position() > current
                        && o.points().compareTo(now) > 0
                        && acceptable(o.points(), minimum, zeroStops)) {
                    out.add(new Choice(c, null, o.position(), o.points(), 1, o.position() - current));
                }
            }
        }
        return out;
    }

    private static boolean acceptable(BigDecimal points, BigDecimal minimum, boolean zeroStops) {
        return points.compareTo(minimum) >= 0 && !(zeroStops && points.signum() == 0);
    }
}
