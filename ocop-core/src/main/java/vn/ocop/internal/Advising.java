package vn.ocop.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Selection;
import vn.ocop.result.Advice;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;
import vn.ocop.spi.Outcome;

/**
 * Advises a sheet or a council: for each star level above the current one, the {@link Advisor}'s plans, each
 * checked by letting the rules decide the changed sheet.
 */
final class Advising {
    private final DefaultScorer scorer;

    Advising(DefaultScorer scorer) {
        this.scorer = scorer;
    }

    /** Where a sheet or council stands: its stars and total. */
    private record Standing(int stars, BigDecimal total) {}

    Advice advise(Sheet sheet, int alternatives) {
        requireAlternatives(alternatives);
        String source = sheet.id() == null ? "sheet" : "sheet " + sheet.id();
        DefaultScorer.Checked c = scorer.checkOne(sheet, List.of(), source);
        CriteriaSet set = c.set();
        Edition edition = c.resolved().edition();
        SetIndex index = scorer.index(set);
        Sheet resolved =
                sheet.toBuilder().criteriaSet(set.id()).edition(edition.id()).build();
        Outcome now = scorer.engine().evaluate(set, resolved, scorer.options());
        String blocked = sheet.findings().isEmpty()
                ? null
                : "finding " + sheet.findings().get(0) + " stops the evaluation; changing answers cannot lift it";
        return advice(
                index,
                edition,
                new Standing(now.stars(), now.total()),
                Advisor.current(index, resolved),
                alternatives,
                blocked,
                plan -> {
                    Outcome o = scorer.engine().evaluate(set, changed(index, resolved, plan), scorer.options());
                    return new Standing(o.stars(), o.total());
                });
    }

    Advice adviseCouncil(List<Sheet> members, int alternatives) {
        requireAlternatives(alternatives);
        ScoreResult now = scorer.scoreCouncil(members);
        CriteriaSet set = scorer.catalogue().set(now.criteriaSet()).orElseThrow();
        Edition edition = scorer.catalogue().edition(now.edition()).orElseThrow();
        SetIndex index = scorer.index(set);
        String blocked = now.stops().isEmpty() && !now.disqualified()
                ? null
                : "a stop rule or a rejected dossier holds the council's result; changing answers cannot lift it";
        // every member chooses the proposed option, so the criterion's mean becomes its points
        return advice(
                index,
                edition,
                new Standing(now.stars(), now.total()),
                Advisor.current(index, now.criteria()),
                alternatives,
                blocked,
                plan -> {
                    ScoreResult r = scorer.scoreCouncil(
                            members.stream().map(m -> changed(index, m, plan)).toList());
                    return new Standing(r.stars(), r.total());
                });
    }

    private static void requireAlternatives(int alternatives) {
        if (alternatives < 1) {
            throw new IllegalArgumentException("alternatives must be at least 1: " + alternatives);
        }
    }

    /**
     * For each level above the current one: the advisor's plans, each re-scored by the rules, kept when the
     * rules give at least that level.
     */
    private static Advice advice(
            SetIndex index,
            Edition edition,
            Standing now,
            Map<String, Advisor.Current> current,
            int alternatives,
            @Nullable String blocked,
            Function<List<Advice.Change>, Standing> rescore) {
        CriteriaSet set = index.set();
        List<Advice.Target> reachable = new ArrayList<>();
        List<Advice.Target> unreachable = new ArrayList<>();
        for (int stars = Math.max(now.stars(), 2) + 1; stars <= 5; stars++) {
            if (blocked != null) {
                unreachable.add(new Advice.Target(stars, false, List.of(), List.of(), blocked));
                continue;
            }
            List<Advice.Proposal> proposals = new ArrayList<>();
            for (List<Advice.Change> plan : Advisor.plans(edition, index, current, stars, alternatives)) {
                Standing after = rescore.apply(plan);
                if (after.stars() >= stars) {
                    int rungs = 0;
                    for (Advice.Change ch : plan) {
                        Advisor.Current cur = java.util.Objects.requireNonNull(current.get(ch.criterion()));
                        rungs += ch.caseCode() != null && !ch.caseCode().equals(cur.caseCode())
                                ? ch.option()
                                : ch.option() - ch.fromOption();
                    }
                    proposals.add(new Advice.Proposal(plan, rungs, after.total(), after.stars()));
                }
            }
            if (proposals.isEmpty()) {
                unreachable.add(new Advice.Target(
                        stars,
                        false,
                        List.of(),
                        List.of(),
                        "no change of answers reaches " + stars + "★ in criteria set " + set.id()));
            } else {
                reachable.add(new Advice.Target(stars, true, proposals.get(0).changes(), proposals, ""));
            }
        }
        return new Advice(set.id(), edition.id(), now.stars(), now.total(), reachable, unreachable);
    }

    /** The sheet with the plan's answers. */
    private static Sheet changed(SetIndex index, Sheet sheet, List<Advice.Change> plan) {
        Map<String, Answer> answers = new LinkedHashMap<>(sheet.answers());
        for (Advice.Change ch : plan) {
            answers.put(ch.criterion(), answer(index, ch));
        }
        return sheet.toBuilder().answers(answers).build();
    }

    private static Answer answer(SetIndex index, Advice.Change ch) {
        Criterion crit = index.criterion(ch.criterion());
        return crit.selection() == Selection.YES_NO
                ? Answer.yesNo(ch.option() == 2)
                : ch.caseCode() != null ? Answer.caseOption(ch.caseCode(), ch.option()) : Answer.option(ch.option());
    }
}
