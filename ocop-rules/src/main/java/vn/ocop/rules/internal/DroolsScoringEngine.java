package vn.ocop.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import vn.ocop.OcopException;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.PartCode;
import vn.ocop.catalogue.StopRule;
import vn.ocop.internal.SetIndex;
import vn.ocop.result.AppliedStop;
import vn.ocop.result.Award;
import vn.ocop.result.Disqualification;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.GroupScore;
import vn.ocop.result.ScoreResult;
import vn.ocop.rules.internal.fact.Evaluation;
import vn.ocop.rules.internal.fact.Finding;
import vn.ocop.rules.internal.fact.Score;
import vn.ocop.rules.internal.fact.Stop;
import vn.ocop.rules.internal.fact.Subtotal;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;
import vn.ocop.spi.ScoringEngine;

/*
 * Design note.
 *
 * One KIE base per criteria set (META-INF/kmodule.xml), compiled to the executable model at build
 * time by kie-maven-plugin and assembled on first use from its own packages' models only
 * (ExecutableModels). Each holds three packages:
 *   - vn.ocop.rules.common      scoring.drl: dossier rejection, the tally once every option rule has
 *                               fired, marker policy, stop effect (the same for every set);
 *   - vn.ocop.rules.<edition>   the star bands of the edition file (Điều 3.3 of 26/2026/QĐ-TTg:
 *                               [0,30) 1★ … [90,100] 5★);
 *   - vn.ocop.rules.<ed>.<set>  the set's rules (Phụ lục II of the decision): one rule per option
 *                               awarding its points, one per minimum marker (*** **** *****, cumulative),
 *                               one per stop rule of the official notes.
 * The rules of the edition and of the set are written by RuleWriter from the data files (edition.csv,
 * sNN/<SET>.csv) at build time, from the very catalogue records the library reads from them, so the
 * options a sheet may choose are exactly the options that have rules.
 *
 * A sheet becomes one Evaluation fact, one Score fact per leaf criterion and one Finding per finding;
 * a stateless session runs them and the Evaluation carries the outcome back. Option rules award points
 * without a modify (the answers never change); the rules that check points match the one Tally fact
 * inserted after them, so no match is made only to be cancelled (docs/performance.md). Points are
 * BigDecimal and never rounded. KIE bases are built on first use of their set, or all at once by
 * prepare(), and shared; a stateless session per set is reused (it holds no globals, so concurrent
 * calls do not interfere; ThreadSafeOption.NO would break that and is not used).
 */
public final class DroolsScoringEngine implements ScoringEngine {

    private static final class Holder {
        static final ExecutableModels MODELS = new ExecutableModels(DroolsScoringEngine.class.getClassLoader());
        static final DroolsScoringEngine NATIONAL = new DroolsScoringEngine(
                ClasspathRules.load(DroolsScoringEngine.class.getClassLoader()), MODELS::build, null, null);
    }

    private final Catalogue catalogue;
    private final java.util.function.Function<String, KieBase> bases;
    private final vn.ocop.pack.PackInfo pack;
    private final DroolsScoringEngine fallback;
    private final Map<String, StatelessKieSession> sessions = new ConcurrentHashMap<>();

    /**
     * @param catalogue the sets the engine scores
     * @param bases     builds the KIE base of a set, or returns {@code null} when {@code fallback} has it
     * @param pack      the pack the engine was loaded with, or {@code null}
     * @param fallback  the engine whose sessions serve the sets {@code bases} leaves out, or {@code null}
     */
    public DroolsScoringEngine(Catalogue catalogue, java.util.function.Function<String, KieBase> bases,
                        vn.ocop.pack.PackInfo pack, DroolsScoringEngine fallback) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.bases = Objects.requireNonNull(bases, "bases");
        this.pack = pack;
        this.fallback = fallback;
    }

    /** @return the engine of the national rule files, shared */
    public static DroolsScoringEngine national() {
        return Holder.NATIONAL;
    }

    /** @return the compiled models of the national rule files */
    public static ExecutableModels nationalModels() {
        return Holder.MODELS;
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public vn.ocop.pack.PackInfo pack() {
        return pack;
    }

    StatelessKieSession session(String setId) {
        StatelessKieSession own = sessions.get(setId);
        if (own != null) {
            return own;
        }
        if (fallback != null && bases.apply(setId) == null) {
            return fallback.session(setId);
        }
        return sessions.computeIfAbsent(setId, id -> {
            KieBase base;
            try {
                base = bases.apply(id);
            } catch (OcopException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new OcopException("the rule base of criteria set " + id + " failed to build: " + e.getMessage(), e);
            }
            return base.newStatelessKieSession();
        });
    }

    /*
     * Rule bases are independent, so they are built on one thread per processor (vn.ocop.internal.Batch).
     * Building is mostly class loading and network construction.
     */
    @Override
    public void prepare(java.util.Collection<CriteriaSet> sets) {
        List<String> ids = sets.stream().map(CriteriaSet::id).filter(id -> !sessions.containsKey(id)).distinct().toList();
        vn.ocop.internal.Batch.run(ids.size(), ids::get, i -> session(ids.get(i)), 1);
    }

    @Override
    public ScoreResult score(CriteriaSet set, Sheet sheet, ScoringOptions options) {
        List<Subtotal> groups = new ArrayList<>();
        List<Subtotal> parts = new ArrayList<>();
        Evaluation evaluation = evaluation(set, options, 1, groups, parts);
        SetIndex index = SetIndex.of(set);

        List<Object> facts = new ArrayList<>(index.leaves().size() + 1 + sheet.findings().size());
        facts.add(evaluation);
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Criterion leaf : index.leaves()) {
            Score s = score(evaluation, leaf, sheet.answers().get(leaf.code()), subtotal(parts, index.partOf(leaf).name()),
                    subtotal(groups, leaf.group()));
            scores.put(leaf.code(), s);
            facts.add(s);
        }
        findings(evaluation, sheet.findings(), facts);

        run(set, facts, sheet.id() == null ? "a sheet" : "sheet " + sheet.id());
        return result(set, sheet.id(), sheet.product(), options, evaluation, scores, groups, parts, null, 1);
    }

    /** The evaluation fact of a set, with one subtotal per group and part (filled into the given lists). */
    private static Evaluation evaluation(CriteriaSet set, ScoringOptions options, int members, List<Subtotal> groups,
                                         List<Subtotal> parts) {
        set.groups().forEach(g -> groups.add(new Subtotal(g.code(), members)));
        set.parts().forEach(p -> parts.add(new Subtotal(p.code().name(), members)));
        return new Evaluation(set.id(), options.markerPolicy().name(), groups, parts, members);
    }

    private static Subtotal subtotal(List<Subtotal> subtotals, String code) {
        for (Subtotal t : subtotals) {
            if (t.getCode().equals(code)) {
                return t;
            }
        }
        throw new IllegalStateException("no subtotal " + code);
    }

    private static void findings(Evaluation evaluation, List<vn.ocop.sheet.Finding> findings, List<Object> facts) {
        for (vn.ocop.sheet.Finding f : findings) {
            facts.add(new Finding(evaluation, f.name(), f.kind() == vn.ocop.sheet.Finding.Kind.DOSSIER));
        }
    }

    private void run(CriteriaSet set, List<Object> facts, String what) {
        try {
            session(set.id()).execute(facts);
        } catch (OcopException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OcopException("the rules of criteria set " + set.id() + " failed on " + what + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public ScoreResult scoreCouncil(CriteriaSet set, List<ScoreResult> members, List<vn.ocop.sheet.Finding> findings,
                                    ScoringOptions options) {
        int n = members.size();
        List<Subtotal> groups = new ArrayList<>();
        List<Subtotal> parts = new ArrayList<>();
        Evaluation evaluation = evaluation(set, options, n, groups, parts);
        List<Object> facts = new ArrayList<>();
        facts.add(evaluation);
        Map<String, Score> scores = new LinkedHashMap<>();
        boolean scored = members.stream().noneMatch(ScoreResult::disqualified);
        SetIndex index = SetIndex.of(set);
        for (Criterion leaf : index.leaves()) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal lowest = null;
            for (ScoreResult m : members) {
                BigDecimal p = scored ? m.criteria().get(leaf.code()) : BigDecimal.ZERO;
                sum = sum.add(p);
                lowest = lowest == null || p.compareTo(lowest) < 0 ? p : lowest;
            }
            BigDecimal checked = options.markerBasis() == vn.ocop.MarkerBasis.EVERY_MEMBER ? lowest
                    : vn.ocop.rules.internal.fact.Points.mean(sum, n);
            // The sums add exact per-criterion sums; every subtotal divides once by n.
            Score s = Score.given(evaluation, leaf.code(), subtotal(parts, index.partOf(leaf).name()),
                    subtotal(groups, leaf.group()), sum, checked);
            scores.put(leaf.code(), s);
            facts.add(s);
        }
        findings(evaluation, findings, facts);
        run(set, facts, "a council of " + members.size());
        return result(set, null, Map.of(), options, evaluation, scores, groups, parts,
                "mean of " + n + (n == 1 ? " sheet" : " sheets"), n);
    }

    private static Score score(Evaluation e, Criterion leaf, Answer answer, Subtotal part, Subtotal group) {
        String caseCode = "";
        int option;
        if (answer instanceof Answer.Choice c) {
            option = c.option();
        } else if (answer instanceof Answer.YesNo yn) {
            option = yn.yes() ? 2 : 1;
        } else if (answer instanceof Answer.CaseChoice cc) {
            caseCode = cc.caseCode();
            option = cc.option();
        } else {
            throw new IllegalStateException("criterion " + leaf.code() + " has no valid answer; validate the sheet first");
        }
        return new Score(e, leaf.code(), caseCode, option, part, group);
    }

    private ScoreResult result(CriteriaSet set, String id, Map<String, Object> product, ScoringOptions options,
                               Evaluation e, Map<String, Score> scores, List<Subtotal> groups, List<Subtotal> parts,
                               String councilLabel, int members) {
        Edition edition = catalogue.edition(set.edition()).orElseThrow();
        Map<PartCode, BigDecimal> maxima = new EnumMap<>(PartCode.class);
        set.parts().forEach(p -> maxima.put(p.code(), p.max()));
        List<String> warnings = new ArrayList<>();
        set.dataIssues().forEach(i -> warnings.add("criteria set " + set.id() + " source note: " + i));
        if (!"confirmed".equals(set.confidence())) {
            warnings.add("criteria set " + set.id() + " is transcribed with confidence '" + set.confidence()
                    + "': check results against the official text");
        }

        if (e.getRejectedBy() != null) {
            vn.ocop.sheet.Finding f = vn.ocop.sheet.Finding.valueOf(e.getRejectedBy());
            Map<PartCode, BigDecimal> zero = new EnumMap<>(PartCode.class);
            set.parts().forEach(p -> zero.put(p.code(), BigDecimal.ZERO));
            return new ScoreResult(id, set.id(), edition.id(), null, pack, product, Map.of(), List.of(), List.of(),
                    zero, maxima, BigDecimal.ZERO, set.maxTotal(), 0, 0, false, Map.of(), options.markerPolicy(),
                    List.of(), List.of(new Disqualification(f.name(), f.label(), e.getRejectRule())), null, null, null, warnings);
        }

        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        List<Award> awards = new ArrayList<>();
        SetIndex index = SetIndex.of(set);
        Map<String, Criterion> all = index.criteria();
        for (Score s : scores.values()) {
            Criterion c = all.get(s.getCriterion());
            String label = councilLabel == null ? "" : councilLabel;
            if (s.getOption() > 0) {
                if (s.getRule() == null) {
                    throw new OcopException("no rule of " + set.file() + " awarded points for criterion "
                            + s.getCriterion() + (s.getCaseCode().isEmpty() ? "" : " case " + s.getCaseCode())
                            + " option " + s.getOption() + ": the rule base and the catalogue disagree");
                }
                Option o = s.getCaseCode().isEmpty() ? c.option(s.getOption()).orElseThrow()
                        : c.caseDefinition(s.getCaseCode()).orElseThrow().option(s.getOption()).orElseThrow();
                label = o.label();
            }
            BigDecimal points = vn.ocop.rules.internal.fact.Points.mean(s.getCounted(), members);
            criteria.put(s.getCriterion(), points);
            awards.add(new Award(s.getCriterion(), c.label(), c.labelEn(), s.getCaseCode().isEmpty() ? null : s.getCaseCode(),
                    Math.max(0, s.getOption()), label, points, c.max(), s.getRule(),
                    s.getRule() == null ? null : set.file()));
        }
        List<GroupScore> groupScores = new ArrayList<>();
        int i = 0;
        for (CriterionGroup g : set.groups()) {
            groupScores.add(new GroupScore(g.code(), g.part(), g.label(), g.labelEn(), groups.get(i++).getPoints(),
                    g.max()));
        }
        Map<PartCode, BigDecimal> partPoints = new EnumMap<>(PartCode.class);
        for (Subtotal p : parts) {
            partPoints.put(PartCode.valueOf(p.getCode()), p.getPoints());
        }
        Map<Integer, List<FailedMinimum>> failed = new TreeMap<>();
        // The rules fire in no particular order; each level lists its failed markers in criterion order.
        SetIndex.Marker[] hit = new SetIndex.Marker[index.markers().size()];
        for (vn.ocop.rules.internal.fact.FailedMinimum f : e.failedMinimums()) {
            SetIndex.Marker m = index.marker(f.getRule());
            if (m == null) {
                throw new OcopException("minimum rule " + f.getRule() + " is not in the catalogue of " + set.id());
            }
            hit[m.order()] = m;
        }
        for (SetIndex.Marker m : hit) {
            if (m != null) {
                Minimum min = m.minimum();
                failed.computeIfAbsent(min.stars(), k -> new ArrayList<>()).add(new FailedMinimum(m.criterion(),
                        min.stars(), min.points(), scores.get(m.criterion()).getPoints(), min.markedOption(), min.rule()));
            }
        }
        List<AppliedStop> stops = new ArrayList<>();
        for (Stop s : e.stops()) {
            StopRule r = set.stopRules().stream().filter(x -> x.rule().equals(s.getRule())).findFirst()
                    .orElseThrow(() -> new OcopException("stop rule " + s.getRule() + " is not in the catalogue of " + set.id()));
            stops.add(new AppliedStop(r.rule(), r.finding(), r.criterion(), r.effect(), r.text()));
        }
        return new ScoreResult(id, set.id(), edition.id(), null, pack, product, criteria, awards, groupScores,
                partPoints, maxima, e.getTotal(), set.maxTotal(), e.getBandStars(), e.getStars(), e.getStars() >= 3,
                failed, options.markerPolicy(), stops, List.of(), null, null, null, warnings);
    }
}
