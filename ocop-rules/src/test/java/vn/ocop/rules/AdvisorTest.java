package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Selection;
import vn.ocop.result.Advice;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;

/** The upgrade advisor: worked examples, and minimality checked by brute force against the reference scorer. */
class AdvisorTest {
    static final Scorer SCORER = Ocop.scorer();

    @Test
    void thePomeloNeedsOneChangeForFourStarsAndEightForFive() {
        // 75 points, band 4★, held at 3★ by 1.5 (1 point, **** needs 2): raising 1.5 one rung gives 76 and 4★.
        // 5★: 1.3, 1.5 and 4.1 must meet their ***** markers (+1 +2 +2 = 80); 10 more points need five more
        // criteria, none of which can gain more than 2: 8 changes.
        Advice a = SCORER.advise(SpecialRulesTest.pomelo(), 3);
        assertEquals(3, a.stars());
        assertEquals(
                List.of(4, 5), a.targets().stream().map(Advice.Target::stars).toList());
        Advice.Target four = a.targets().get(0);
        assertEquals(
                List.of(new Advice.Change("1.5", null, 3, 2, BigDecimal.valueOf(2), BigDecimal.ONE)), four.changes());
        assertEquals(1, four.proposals().get(0).rungs());
        assertEquals(4, four.proposals().get(0).starsAfter());
        Advice.Target five = a.targets().get(1);
        assertEquals(8, five.changes().size());
        assertEquals(9, five.proposals().get(0).rungs());
        assertEquals(0, five.proposals().get(0).totalAfter().compareTo(BigDecimal.valueOf(90)));
        assertTrue(five.changes().stream()
                .map(Advice.Change::criterion)
                .toList()
                .containsAll(List.of("1.3", "1.5", "4.1")));
        assertTrue(five.proposals().size() > 1);
        for (int i = 1; i < five.proposals().size(); i++) {
            Advice.Proposal prev = five.proposals().get(i - 1);
            Advice.Proposal next = five.proposals().get(i);
            assertTrue(
                    prev.changes().size() < next.changes().size()
                            || prev.changes().size() == next.changes().size() && prev.rungs() <= next.rungs(),
                    "ranked by changes, then rungs");
        }
    }

    @Test
    void aCouncilIsAdvisedOnItsMeans() {
        // Members: 1.5 on options 2, 3 and 2 (1, 2, 1 points; mean 4/3), totals 75, 76, 75. If every member
        // chooses option 3 for 1.5, its mean is 2 and meets the 4★ marker; the mean total becomes 75⅓ + 2/3 = 76.
        List<Sheet> council =
                List.of(CouncilTest.pomelo("a", 2), CouncilTest.pomelo("b", 3), CouncilTest.pomelo("c", 2));
        Advice a = SCORER.adviseCouncil(council, 2);
        assertEquals(3, a.stars());
        Advice.Target four = a.targets().get(0);
        assertEquals(4, four.stars());
        assertEquals(1, four.changes().size());
        assertEquals("1.5", four.changes().get(0).criterion());
        assertEquals(3, four.changes().get(0).option());
        assertEquals(0, four.proposals().get(0).totalAfter().compareTo(BigDecimal.valueOf(76)));
        assertEquals(4, four.proposals().get(0).starsAfter());
    }

    @Test
    void aFiveStarSheetGetsNoAdvice() {
        Advice a = SCORER.advise(Sheets.best(SCORER.catalogue().set("QD26-09").orElseThrow()), 3);
        assertTrue(a.targets().isEmpty() && a.unreachable().isEmpty());
    }

    @Test
    void aStopFindingCannotBeAdvisedAway() {
        Sheet s = SpecialRulesTest.withFinding(SpecialRulesTest.pomelo(), Finding.FOREIGN_MATTER);
        Advice a = SCORER.advise(s, 2);
        assertEquals(0, a.stars());
        assertTrue(a.targets().isEmpty(), "targets hold reachable levels only");
        assertEquals(
                List.of(3, 4, 5),
                a.unreachable().stream().map(Advice.Target::stars).toList());
        assertEquals(
                "finding FOREIGN_MATTER stops the evaluation; changing answers cannot lift it",
                a.unreachable().get(0).reason());
    }

    @Provide
    Arbitrary<Sheet> sheets() {
        return SheetArbitraries.sheets(ScoringProperties.SETS);
    }

    static List<Answer> better(Criterion c, Answer now) {
        BigDecimal pts = ReferenceScorer.points(c, now);
        List<Answer> out = new ArrayList<>();
        if (c.selection() == Selection.CASES) {
            for (CaseDefinition k : c.cases()) {
                for (Option o : k.options()) {
                    if (o.points().compareTo(pts) > 0) {
                        out.add(Answer.caseOption(k.code(), o.position()));
                    }
                }
            }
            return out;
        }
        for (Option o : c.options()) {
            if (o.points().compareTo(pts) > 0) {
                out.add(
                        c.selection() == Selection.YES_NO
                                ? Answer.yesNo(o.position() == 2)
                                : Answer.option(o.position()));
            }
        }
        return out;
    }

    /** Whether changing exactly these criteria, each to some better answer, can reach the level (reference). */
    static boolean reachable(
            CriteriaSet set, Sheet sheet, List<Criterion> changed, int index, Map<String, Answer> answers, int stars) {
        if (index == changed.size()) {
            return ReferenceScorer.score(
                                    set,
                                    Sheet.builder(set.id()).answers(answers).build())
                            .stars()
                    >= stars;
        }
        Criterion c = changed.get(index);
        for (Answer a : better(c, sheet.answers().get(c.code()))) {
            Map<String, Answer> next = new LinkedHashMap<>(answers);
            next.put(c.code(), a);
            if (reachable(set, sheet, changed, index + 1, next, stars)) {
                return true;
            }
        }
        return false;
    }

    static boolean anySubsetReaches(
            CriteriaSet set,
            Sheet sheet,
            List<Criterion> leaves,
            int size,
            int from,
            List<Criterion> chosen,
            int stars) {
        if (chosen.size() == size) {
            return reachable(set, sheet, chosen, 0, new LinkedHashMap<>(sheet.answers()), stars);
        }
        for (int i = from; i < leaves.size(); i++) {
            chosen.add(leaves.get(i));
            boolean found = anySubsetReaches(set, sheet, leaves, size, i + 1, chosen, stars);
            chosen.remove(chosen.size() - 1);
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fewest changes that reach a level, in closed form: every criterion below a marker of the level (or
     * at 0 under a zero-point stop rule) must change, at best to its top option; then the others with the
     * largest possible gains, one by one, until the band's lower edge is reached. -1 when even that fails.
     */
    static int fewestChanges(CriteriaSet set, Sheet sheet, int stars, BigDecimal from) {
        BigDecimal total = BigDecimal.ZERO;
        int changes = 0;
        List<BigDecimal> gains = new ArrayList<>();
        java.util.Set<String> zeroStops = new java.util.HashSet<>();
        set.stopRules().stream().filter(r -> r.finding() == null).forEach(r -> zeroStops.add(r.criterion()));
        for (Criterion c : set.leaves()) {
            BigDecimal now = ReferenceScorer.points(c, sheet.answers().get(c.code()));
            BigDecimal top = better(c, sheet.answers().get(c.code())).stream()
                    .map(a -> ReferenceScorer.points(c, a))
                    .max(BigDecimal::compareTo)
                    .orElse(now);
            BigDecimal minimum = c.minimums().stream()
                    .filter(m -> m.stars() <= stars)
                    .map(m -> m.points())
                    .max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ZERO);
            boolean must = now.compareTo(minimum) < 0 || zeroStops.contains(c.code()) && now.signum() == 0;
            if (must) {
                if (top.compareTo(minimum) < 0 || zeroStops.contains(c.code()) && top.signum() == 0) {
                    return -1;
                }
                changes++;
                total = total.add(top);
            } else {
                total = total.add(now);
                gains.add(top.subtract(now));
            }
        }
        gains.sort(java.util.Comparator.reverseOrder());
        for (BigDecimal g : gains) {
            if (total.compareTo(from) >= 0) {
                break;
            }
            if (g.signum() == 0) {
                return -1;
            }
            total = total.add(g);
            changes++;
        }
        return total.compareTo(from) >= 0 ? changes : -1;
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void theAdvisorNeedsExactlyTheFewestChangesTheClosedFormGives(@ForAll("sheets") Sheet sheet) {
        CriteriaSet set = SCORER.catalogue().set(sheet.criteriaSet()).orElseThrow();
        var edition = SCORER.catalogue().edition(set.edition()).orElseThrow();
        Advice advice = SCORER.advise(sheet, 1);
        List<Advice.Target> all = new ArrayList<>(advice.targets());
        all.addAll(advice.unreachable());
        for (Advice.Target t : all) {
            BigDecimal from = edition.bands().stream()
                    .filter(b -> b.stars() == t.stars())
                    .findFirst()
                    .orElseThrow()
                    .from();
            int expected = fewestChanges(set, sheet, t.stars(), from);
            assertEquals(expected, t.reachable() ? t.changes().size() : -1, t.stars() + "★");
            Statistics.label("target").collect(t.stars() + "★ " + (t.reachable() ? "reachable" : "unreachable"));
        }
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void theBestProposalReachesItsLevelAndNoProposalWithFewerChangesExists(@ForAll("sheets") Sheet sheet) {
        CriteriaSet set = SCORER.catalogue().set(sheet.criteriaSet()).orElseThrow();
        Advice advice = SCORER.advise(sheet, 1);
        for (Advice.Target t : advice.targets()) {
            if (!t.reachable()) {
                continue;
            }
            Map<String, Answer> answers = new LinkedHashMap<>(sheet.answers());
            for (Advice.Change ch : t.changes()) {
                Criterion c = set.criterion(ch.criterion()).orElseThrow();
                answers.put(
                        ch.criterion(),
                        c.selection() == Selection.YES_NO
                                ? Answer.yesNo(ch.option() == 2)
                                : ch.caseCode() != null
                                        ? Answer.caseOption(ch.caseCode(), ch.option())
                                        : Answer.option(ch.option()));
            }
            var after = ReferenceScorer.score(
                    set, Sheet.builder(set.id()).answers(answers).build());
            assertTrue(after.stars() >= t.stars(), "the proposal reaches " + t.stars() + "★ by the reference scorer");
            int k = t.changes().size();
            Statistics.label("changes").collect(Math.min(k, 4));
            if (k >= 1 && k <= 3) {
                assertFalse(
                        anySubsetReaches(set, sheet, set.leaves(), k - 1, 0, new ArrayList<>(), t.stars()),
                        "a plan with " + (k - 1) + " changes reaches " + t.stars() + "★ too");
            }
        }
    }
}
