package vn.ocop.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import vn.ocop.OcopException;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.PartCode;
import vn.ocop.rules.internal.fact.Evaluation;
import vn.ocop.rules.internal.fact.Finding;
import vn.ocop.rules.internal.fact.Score;
import vn.ocop.rules.internal.fact.Subtotal;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;
import vn.ocop.spi.CouncilTally;
import vn.ocop.spi.Outcome;
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
 * a stateless session runs them and the Evaluation carries the outcome back. The engine returns only what
 * the rules decided (vn.ocop.spi.Outcome); ocop-core builds the result, labels, explanation and council
 * figures from it, and computes a council's sums and marker values (vn.ocop.spi.CouncilTally). Option rules award points
 * without a modify (the answers never change); the rules that check points match the one Tally fact
 * inserted after them, so no match is made only to be cancelled (docs/performance.md). Points are
 * BigDecimal and never rounded. KIE bases are built on first use of their set, or all at once by
 * prepare(), and shared; a stateless session per set is reused (it holds no globals, so concurrent
 * calls do not interfere; ThreadSafeOption.NO would break that and is not used).
 */
public final class DroolsScoringEngine implements ScoringEngine {

    /**
     * What the rule files' carried.csv say (the library's own data, whatever pack an engine runs): read on the
     * first migration, not when the engine starts.
     */
    private static final class Carried {
        static final List<vn.ocop.catalogue.Correspondence> ROWS =
                ClasspathRules.correspondences(DroolsScoringEngine.class.getClassLoader());
    }

    private static final class Holder {
        static final ExecutableModels MODELS = new ExecutableModels(DroolsScoringEngine.class.getClassLoader());
        /** The portfolio rules' bases (kmodule bases PORTFOLIO_…), each built on first use. */
        static final Map<String, KieBase> PORTFOLIO = new ConcurrentHashMap<>();

        static final DroolsScoringEngine NATIONAL = new DroolsScoringEngine(
                ClasspathRules.load(DroolsScoringEngine.class.getClassLoader()), MODELS::build, null, null);
    }

    private final Catalogue catalogue;
    private final java.util.function.Function<String, KieBase> bases;
    private final vn.ocop.pack.PackInfo pack;
    private final DroolsScoringEngine fallback;
    private final java.util.function.Function<String, KieBase> portfolioBases;
    private final Map<String, StatelessKieSession> sessions = new ConcurrentHashMap<>();

    /**
     * @param catalogue the sets the engine scores
     * @param bases     builds the KIE base of a set, or returns {@code null} when {@code fallback} has it
     * @param pack      the pack the engine was loaded with, or {@code null}
     * @param fallback  the engine whose sessions serve the sets {@code bases} leaves out, or {@code null}
     */
    public DroolsScoringEngine(
            Catalogue catalogue,
            java.util.function.Function<String, KieBase> bases,
            vn.ocop.pack.PackInfo pack,
            DroolsScoringEngine fallback) {
        this(catalogue, bases, pack, fallback, concern -> null);
    }

    /**
     * @param catalogue the sets the engine scores
     * @param bases     builds the KIE base of a set, or returns {@code null} when {@code fallback} has it
     * @param pack      the pack the engine was loaded with, or {@code null}
     * @param fallback  the engine whose sessions serve the sets {@code bases} leaves out, or {@code null}
     * @param portfolio the KIE base of a portfolio concern ({@code PORTFOLIO_DUE}, …) with a pack's trusted rules
     *                  layered over the library's, or {@code null} for the library's alone
     */
    public DroolsScoringEngine(
            Catalogue catalogue,
            java.util.function.Function<String, KieBase> bases,
            vn.ocop.pack.PackInfo pack,
            DroolsScoringEngine fallback,
            java.util.function.Function<String, KieBase> portfolio) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.bases = Objects.requireNonNull(bases, "bases");
        this.pack = pack;
        this.fallback = fallback;
        this.portfolioBases = Objects.requireNonNull(portfolio, "portfolio");
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
    public java.util.Optional<vn.ocop.pack.PackInfo> pack() {
        return java.util.Optional.ofNullable(pack);
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
                throw new OcopException(
                        "the rule base of criteria set " + id + " failed to build: " + e.getMessage(), e);
            }
            return base.newStatelessKieSession();
        });
    }

    /*
     * Rule bases are independent, so they are built on one thread per processor, on threads this call starts
     * and stops. Building is mostly class loading and network construction.
     */
    @Override
    public void prepare(java.util.Collection<CriteriaSet> sets) {
        List<String> ids = sets.stream()
                .map(CriteriaSet::id)
                .filter(id -> !sessions.containsKey(id))
                .distinct()
                .toList();
        int threads = Math.max(1, Math.min(ids.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ocop-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<StatelessKieSession>> built = new ArrayList<>();
            ids.forEach(id -> built.add(pool.submit(() -> session(id))));
            for (java.util.concurrent.Future<StatelessKieSession> f : built) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new OcopException("preparing the rule bases failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OcopException("interrupted while preparing the rule bases", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The leaf criteria of each set and the part of each, by set: built when a set is first scored. */
    private final Map<String, List<Leaf>> leaves = new ConcurrentHashMap<>();

    private record Leaf(String code, String part, String group) {}

    private List<Leaf> leaves(CriteriaSet set) {
        List<Leaf> cached = leaves.get(set.id());
        if (cached != null) {
            return cached;
        }
        Map<String, PartCode> partOf = new java.util.HashMap<>();
        set.groups().forEach(g -> partOf.put(g.code(), g.part()));
        List<Leaf> built = set.leaves().stream()
                .map(c -> new Leaf(c.code(), partOf.get(c.group()).name(), c.group()))
                .toList();
        leaves.put(set.id(), built);
        return built;
    }

    @Override
    public Outcome evaluate(CriteriaSet set, Sheet sheet, ScoringOptions options) {
        List<Subtotal> groups = new ArrayList<>();
        List<Subtotal> parts = new ArrayList<>();
        Evaluation evaluation = evaluation(set, options, 1, vn.ocop.Rounding.EXACT, groups, parts);
        List<Leaf> leaves = leaves(set);
        List<Object> facts =
                new ArrayList<>(leaves.size() + 1 + sheet.findings().size());
        facts.add(evaluation);
        List<Score> scores = new ArrayList<>(leaves.size());
        for (Leaf leaf : leaves) {
            Score s = score(
                    evaluation,
                    leaf.code(),
                    sheet.answers().get(leaf.code()),
                    subtotal(parts, leaf.part()),
                    subtotal(groups, leaf.group()));
            scores.add(s);
            facts.add(s);
        }
        findings(evaluation, sheet.findings(), facts);
        run(set, facts, sheet.id() == null ? "a sheet" : "sheet " + sheet.id());
        return outcome(evaluation, scores, groups, parts, 1);
    }

    /** The evaluation fact of a set, with one subtotal per group and part (filled into the given lists). */
    private static Evaluation evaluation(
            CriteriaSet set,
            ScoringOptions options,
            int members,
            vn.ocop.Rounding rounding,
            List<Subtotal> groups,
            List<Subtotal> parts) {
        set.groups().forEach(g -> groups.add(new Subtotal(g.code(), members, rounding)));
        set.parts().forEach(p -> parts.add(new Subtotal(p.code().name(), members, rounding)));
        return new Evaluation(set.id(), options.markerPolicy(), groups, parts, members, rounding);
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

    /*
     * The due list: a session of its own per call (the rules insert the items, which are then read back), the
     * library's portfolio rules whatever pack the engine was loaded with.
     */
    @Override
    public List<vn.ocop.portfolio.Due> due(
            List<vn.ocop.spi.Holding> holdings,
            java.time.LocalDate asOf,
            java.time.LocalDate windowEnd,
            vn.ocop.catalogue.Edition inForce) {
        List<vn.ocop.portfolio.Due> due = new ArrayList<>();
        portfolio(
                "PORTFOLIO_DUE",
                new vn.ocop.rules.internal.fact.portfolio.Today(asOf, windowEnd, inForce),
                List.of(),
                holdings,
                Map.of(),
                vn.ocop.rules.internal.fact.portfolio.Listed.class,
                l -> due.add(l.due()));
        return due;
    }

    @Override
    public List<vn.ocop.spi.Classification> classify(List<vn.ocop.spi.Holding> holdings, java.time.LocalDate asOf) {
        List<vn.ocop.spi.Classification> out = new ArrayList<>();
        // statistics need no edition: the window fields of Today stay unused
        portfolio(
                "PORTFOLIO_STATS",
                new vn.ocop.rules.internal.fact.portfolio.Today(asOf, asOf, null),
                List.of(),
                holdings,
                Map.of(),
                vn.ocop.rules.internal.fact.portfolio.Classified.class,
                c -> out.add(c.classification()));
        return out;
    }

    @Override
    public List<vn.ocop.catalogue.Correspondence> correspondences() {
        return Carried.ROWS;
    }

    @Override
    public List<vn.ocop.spi.Contribution> contributions(
            List<vn.ocop.spi.Holding> holdings,
            Map<String, vn.ocop.portfolio.Locality> localities,
            List<vn.ocop.portfolio.PlanTarget> targets,
            java.time.LocalDate asOf) {
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            facts.add(new vn.ocop.rules.internal.fact.portfolio.Target(targets.get(i), i, asOf));
        }
        List<vn.ocop.spi.Contribution> out = new ArrayList<>();
        portfolio(
                "PORTFOLIO_PLAN",
                new vn.ocop.rules.internal.fact.portfolio.Today(asOf, asOf, null),
                facts,
                holdings,
                localities,
                vn.ocop.rules.internal.fact.portfolio.Counted.class,
                c -> out.add(c.contribution()));
        return out;
    }

    /** Runs a portfolio concern's base over the holdings in a session of its own, and reads back its items. */
    private <T> void portfolio(
            String base,
            vn.ocop.rules.internal.fact.portfolio.Today today,
            List<Object> facts,
            List<vn.ocop.spi.Holding> holdings,
            Map<String, vn.ocop.portfolio.Locality> localities,
            Class<T> items,
            java.util.function.Consumer<T> read) {
        KieBase layered = portfolioBases.apply(base);
        org.kie.api.runtime.KieSession session = (layered != null
                        ? layered
                        : Holder.PORTFOLIO.computeIfAbsent(base, Holder.MODELS::build))
                .newKieSession();
        try {
            session.insert(today);
            facts.forEach(session::insert);
            for (int i = 0; i < holdings.size(); i++) {
                vn.ocop.spi.Holding h = holdings.get(i);
                java.time.LocalDate from = catalogue
                        .edition(h.edition())
                        .map(vn.ocop.catalogue.Edition::effectiveFrom)
                        .orElseThrow(() -> new IllegalArgumentException("unknown edition " + h.edition()));
                session.insert(new vn.ocop.rules.internal.fact.portfolio.Held(
                        h, i, from, localities.getOrDefault(h.product(), vn.ocop.portfolio.Locality.UNKNOWN)));
            }
            session.fireAllRules();
            for (Object o : session.getObjects(items::isInstance)) {
                read.accept(items.cast(o));
            }
        } catch (RuntimeException e) {
            throw new OcopException("the portfolio rules failed: " + e.getMessage(), e);
        } finally {
            session.dispose();
        }
    }

    private void run(CriteriaSet set, List<Object> facts, String what) {
        try {
            session(set.id()).execute(facts);
        } catch (OcopException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OcopException(
                    "the rules of criteria set " + set.id() + " failed on " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Outcome evaluateCouncil(CriteriaSet set, CouncilTally tally, ScoringOptions options) {
        int n = tally.members();
        List<Subtotal> groups = new ArrayList<>();
        List<Subtotal> parts = new ArrayList<>();
        Evaluation evaluation = evaluation(set, options, n, options.rounding(), groups, parts);
        List<Object> facts = new ArrayList<>();
        facts.add(evaluation);
        List<Score> scores = new ArrayList<>();
        for (Leaf leaf : leaves(set)) {
            BigDecimal sum = tally.sums().get(leaf.code());
            BigDecimal checked = tally.checked().get(leaf.code());
            if (sum == null || checked == null) {
                throw new IllegalArgumentException("the council's tally has no value for criterion " + leaf.code()
                        + " of criteria set " + set.id());
            }
            // The sums add exact per-criterion sums; every subtotal divides once by n.
            Score s = Score.given(
                    evaluation,
                    leaf.code(),
                    subtotal(parts, leaf.part()),
                    subtotal(groups, leaf.group()),
                    sum,
                    checked);
            scores.add(s);
            facts.add(s);
        }
        findings(evaluation, tally.findings(), facts);
        run(set, facts, "a council of " + n);
        return outcome(evaluation, scores, groups, parts, n);
    }

    private static Score score(Evaluation e, String leaf, Answer answer, Subtotal part, Subtotal group) {
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
            throw new IllegalStateException("criterion " + leaf + " has no valid answer; validate the sheet first");
        }
        return new Score(e, leaf, caseCode, option, part, group);
    }

    /** What the rules decided, read off the facts; the core builds the result from it. */
    private static Outcome outcome(
            Evaluation e, List<Score> scores, List<Subtotal> groups, List<Subtotal> parts, int members) {
        if (e.getRejectedBy() != null) {
            return Outcome.rejected(e.getRejectedBy(), e.getRejectRule());
        }
        Outcome.Builder b = Outcome.builder();
        for (Score s : scores) {
            b.award(new Outcome.Awarded(
                    s.getCriterion(),
                    s.getCaseCode().isEmpty() ? null : s.getCaseCode(),
                    Math.max(0, s.getOption()),
                    vn.ocop.spi.CouncilTally.published(
                            vn.ocop.rules.internal.fact.Points.mean(s.getCounted(), members), e.getRounding()),
                    s.getRule()));
        }
        groups.forEach(g -> b.group(g.getCode(), g.getPoints()));
        parts.forEach(p -> b.part(PartCode.valueOf(p.getCode()), p.getPoints()));
        e.failedMinimums().forEach(f -> b.failedMarker(f.getRule()));
        e.stops().forEach(s -> b.stop(s.getRule()));
        return b.total(e.getTotal()).stars(e.getBandStars(), e.getStars()).build();
    }
}
