package vn.ocop.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeContainerHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.statistics.Statistics;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Part;
import vn.ocop.pack.Pack;
import vn.ocop.pack.Packs;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;
import vn.ocop.testkit.Counterexample.Row;
import vn.ocop.testkit.OcopArbitraries.EdgeCouncil;
import vn.ocop.testkit.OcopArbitraries.EdgeSheet;
import vn.ocop.testkit.OcopArbitraries.InvalidSheet;
import vn.ocop.testkit.OcopArbitraries.MarkedEdgeSheet;
import vn.ocop.testkit.OcopArbitraries.MarkerCase;

/**
 * The promises every rule set must keep, as jqwik properties. Extend this class in a test of your own and
 * say which rule set to check:
 *
 * <pre>{@code
 * class LamDongPackTest extends RuleSetProperties {
 *     @Override
 *     protected RuleSet ruleSet() {
 *         return RuleSet.pack(Path.of("packs/lam-dong"));
 *     }
 * }
 * }</pre>
 *
 * A failure prints the sheet as JSON in the public contract and the expected and actual values side by
 * side; jqwik shrinks it first. Each property reports statistics (jqwik {@code Statistics}) of the star
 * levels and band edges it exercised; the band-edge property also checks that every edge was reached.
 *
 * <p>The rule set is loaded once, before any property runs: one that cannot be used (an invalid pack, an
 * unknown edition) fails the test class once, with its problems, and no property runs.
 */
@AddLifecycleHook(RuleSetProperties.RuleSetFirst.class)
public abstract class RuleSetProperties {
    /**
     * Loads the rule set of a concrete subclass before its properties: the one place an unusable rule set is
     * reported. Public for jqwik, which creates it; not for use elsewhere.
     */
    public static final class RuleSetFirst implements BeforeContainerHook {
        /** For jqwik. */
        public RuleSetFirst() {}

        @Override
        public void beforeContainer(ContainerLifecycleContext context) throws Throwable {
            Class<?> suite = context.optionalContainerClass().orElse(null);
            if (suite == null
                    || !RuleSetProperties.class.isAssignableFrom(suite)
                    || java.lang.reflect.Modifier.isAbstract(suite.getModifiers())) {
                return;
            }
            java.lang.reflect.Constructor<?> constructor = suite.getDeclaredConstructor();
            constructor.setAccessible(true);
            RuleSetProperties properties = (RuleSetProperties) constructor.newInstance();
            try {
                properties.rules();
            } catch (RuntimeException e) {
                throw new AssertionError(
                        "the rule set of " + suite.getSimpleName() + " cannot be checked, so no property ran: "
                                + e.getMessage(),
                        e);
            }
        }
    }

    private static final Map<Class<?>, RuleSet> LOADED = new ConcurrentHashMap<>();

    /** For subclasses, one per rule set to check. */
    protected RuleSetProperties() {}

    /** @return the rule set to check; called once per test class and kept */
    protected abstract RuleSet ruleSet();

    /** @return the rule set under test, loaded once per class */
    protected final RuleSet rules() {
        return LOADED.computeIfAbsent(getClass(), k -> ruleSet());
    }

    private Scorer scorer() {
        return rules().scorer();
    }

    private CriteriaSet set(Sheet sheet) {
        return rules().catalogue().set(sheet.criteriaSet()).orElseThrow();
    }

    @Provide
    Arbitrary<Sheet> sheets() {
        return OcopArbitraries.sheets(rules());
    }

    // ---- totals within maxima --------------------------------------------------------------------------

    /** Every criterion, part and the total lie between 0 and their maxima. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    public void totalsPartsAndCriteriaStayWithinTheirMaxima(@ForAll("sheets") Sheet sheet) {
        ScoreResult r = scorer().score(sheet);
        CriteriaSet set = set(sheet);
        List<Row> rows = new ArrayList<>();
        for (Criterion c : set.leaves()) {
            BigDecimal p = r.criteria().get(c.code());
            if (p == null || p.signum() < 0 || p.compareTo(c.max()) > 0) {
                rows.add(new Row("criterion " + c.code(), "0 … " + c.max().toPlainString(), p));
            }
        }
        for (Part part : set.parts()) {
            BigDecimal p = r.parts().get(part.code());
            if (p.signum() < 0 || p.compareTo(part.max()) > 0) {
                rows.add(new Row("part " + part.code(), "0 … " + part.max().toPlainString(), p));
            }
        }
        if (r.total().signum() < 0 || r.total().compareTo(set.maxTotal()) > 0) {
            rows.add(new Row("total", "0 … " + set.maxTotal().toPlainString(), r.total()));
        }
        Counterexample.require(
                rows.isEmpty(), "points beyond their maxima", rules(), List.of(sheet), rows.toArray(Row[]::new));
        Statistics.label("stars").collect(r.stars());
    }

    // ---- monotonicity ----------------------------------------------------------------------------------

    /** A sheet and a criterion to raise by one rung. @param sheet the sheet @param criterion the criterion */
    public record Raise(Sheet sheet, String criterion) {}

    @Provide
    Arbitrary<Raise> raises() {
        return sheets().flatMap(sheet -> Arbitraries.of(set(sheet).leaves()).map(c -> new Raise(sheet, c.code())));
    }

    /** Raising one answer by one rung never lowers the total or the stars. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    public void raisingAnyAnswerNeverLowersTheStars(@ForAll("raises") Raise raise) {
        Criterion c = set(raise.sheet()).criterion(raise.criterion()).orElseThrow();
        Answer now = raise.sheet().answers().get(c.code());
        Answer higher = OcopArbitraries.raised(c, now);
        if (higher == null) {
            Statistics.label("raised").collect("already at the top");
            return;
        }
        Map<String, Answer> answers = new LinkedHashMap<>(raise.sheet().answers());
        answers.put(c.code(), higher);
        Sheet raised =
                Sheet.builder(raise.sheet().criteriaSet()).answers(answers).build();
        ScoreResult before = scorer().score(raise.sheet());
        ScoreResult after = scorer().score(raised);
        Counterexample.require(
                after.stars() >= before.stars() && after.total().compareTo(before.total()) >= 0,
                "raising criterion " + c.code() + " by one rung lowered the result (first sheet before, second after)",
                rules(),
                List.of(raise.sheet(), raised),
                new Row("total", "≥ " + before.total(), after.total()),
                new Row("stars", "≥ " + before.stars(), after.stars()));
        Statistics.label("raised").collect("raised");
    }

    // ---- markers met at band edges ---------------------------------------------------------------------

    @Provide
    Arbitrary<MarkedEdgeSheet> markedEdges() {
        return OcopArbitraries.sheetsMeetingMarkersAtBandEdges(rules());
    }

    /**
     * A sheet that meets every marker of its level (and of the levels below) gets exactly the stars of its
     * band, just below, on and just above each edge of 3★ and up: with no marker holding them, the stars rise
     * with the total and with nothing else.
     */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    public void sheetsMeetingTheirMarkersGetTheStarsOfTheirBand(@ForAll("markedEdges") MarkedEdgeSheet edge) {
        ScoreResult r = scorer().score(edge.sheet());
        int declared = ReferenceScorer.band(rules().edition(), edge.total());
        Counterexample.check(
                "the stars of a sheet meeting every marker up to " + edge.level() + "★, at total "
                        + edge.total().toPlainString() + " (edge " + edge.edge().toPlainString() + ")",
                rules(),
                List.of(edge.sheet()),
                new Row("total", edge.total(), r.total()),
                new Row("stars", declared, r.stars()));
        Statistics.label("marked edge")
                .collect((edge.total().compareTo(edge.edge()) < 0 ? "just below " : "on or above ")
                        + edge.edge().toPlainString());
    }

    /**
     * Raising any one answer of a sheet that meets every marker of its level, next to its band edge, never
     * lowers its stars: each answer is raised in turn by one rung (random sheets rarely meet 4★ or 5★ markers,
     * so a rule that punishes an improvement there is met only by these).
     */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    public void raisingAnyAnswerOfASheetMeetingItsMarkersNeverLowersTheStars(
            @ForAll("markedEdges") MarkedEdgeSheet edge) {
        Sheet sheet = edge.sheet();
        ScoreResult before = scorer().score(sheet);
        for (Criterion c : set(sheet).leaves()) {
            Answer higher = OcopArbitraries.raised(c, sheet.answers().get(c.code()));
            if (higher == null) {
                continue;
            }
            Sheet raised = sheet.toBuilder().answer(c.code(), higher).build();
            ScoreResult after = scorer().score(raised);
            Counterexample.require(
                    after.stars() >= before.stars(),
                    "raising criterion " + c.code() + " by one rung lowered the stars of a sheet meeting every"
                            + " marker up to " + edge.level() + "★ (first sheet before, second after)",
                    rules(),
                    List.of(sheet, raised),
                    new Row("stars", "≥ " + before.stars(), after.stars()));
        }
        Statistics.label("stars before raising").collect(before.stars());
    }

    // ---- band edges ------------------------------------------------------------------------------------

    @Provide
    Arbitrary<EdgeSheet> edges() {
        return OcopArbitraries.sheetsAtBandEdges(rules());
    }

    /** Totals just below, on and just above each band edge get exactly the band the edition declares. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    public void bandEdgesGiveExactlyTheDeclaredStars(@ForAll("edges") EdgeSheet edge) {
        ScoreResult r = scorer().score(edge.sheet());
        int declared = ReferenceScorer.band(rules().edition(), edge.total());
        Counterexample.check(
                "the band at total " + edge.total().toPlainString() + " (edge "
                        + edge.edge().toPlainString() + ")",
                rules(),
                List.of(edge.sheet()),
                new Row("total", edge.total(), r.total()),
                new Row("band stars", declared, r.bandStars()));
        String label = edge.total().subtract(edge.edge()).signum() < 0
                ? "just below "
                : edge.total().compareTo(edge.edge()) == 0 ? "on " : "just above ";
        Statistics.label("band edge").collect(label + edge.edge().toPlainString());
        Statistics.label("band edge").coverage(coverage -> {
            for (BigDecimal e : edgesOf()) {
                coverage.check("just below " + e.toPlainString()).count(n -> n > 0);
                coverage.check("on " + e.toPlainString()).count(n -> n > 0);
            }
        });
    }

    private List<BigDecimal> edgesOf() {
        return rules().edition().bands().stream()
                .filter(b -> b.stars() >= 3)
                .map(b -> b.from())
                .toList();
    }

    @Provide
    Arbitrary<EdgeCouncil> edgeCouncils() {
        return Arbitraries.integers().between(2, 5).flatMap(n -> OcopArbitraries.councilsJustBelowAnEdge(rules(), n));
    }

    /** A council whose mean total is a fraction below an edge stays in the band below it. */
    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    public void aCouncilMeanJustBelowAnEdgeStaysBelowIt(@ForAll("edgeCouncils") EdgeCouncil council) {
        ScoreResult r = scorer().scoreCouncil(council.members());
        int n = council.members().size();
        // The members' exact sum divided once, to 34 significant digits, as the library documents.
        BigDecimal mean = council.edge()
                .multiply(BigDecimal.valueOf(n))
                .subtract(BigDecimal.ONE)
                .divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        int declared = ReferenceScorer.band(rules().edition(), mean);
        Counterexample.check(
                "a council of " + n + " whose mean is 1/" + n + " below edge "
                        + council.edge().toPlainString(),
                rules(),
                council.members(),
                new Row("mean total", mean, r.total()),
                new Row("band stars", declared, r.bandStars()));
        Statistics.label("council edge").collect("below " + council.edge().toPlainString());
    }

    // ---- markers ---------------------------------------------------------------------------------------

    /** No product gets N stars while failing a marker of level N or lower. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    public void noProductGetsStarsWhoseMarkersItFails(@ForAll("sheets") Sheet sheet) {
        ScoreResult r = scorer().score(sheet);
        List<String> failed = new ArrayList<>();
        r.failedMinimums().forEach((level, list) -> {
            if (level <= r.stars()) {
                list.forEach(f -> failed.add(level + "★ " + f.criterion()));
            }
        });
        Counterexample.require(
                failed.isEmpty(),
                r.stars() + "★ given while failing markers of that level",
                rules(),
                List.of(sheet),
                new Row("failed markers ≤ stars", "[]", failed));
    }

    @Provide
    Arbitrary<MarkerCase> markerCases() {
        List<MarkerCase> cases = OcopArbitraries.markerCases(rules());
        return cases.isEmpty() ? Arbitraries.just(null) : Arbitraries.of(cases);
    }

    /** A product in a band but below one of its markers is held below that level, and the marker is reported. */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    public void aFailedMarkerHoldsTheProductBelowItsLevel(@ForAll("markerCases") MarkerCase mc) {
        if (mc == null) {
            Statistics.label("marker").collect("the rule set has no minimum markers");
            return;
        }
        ScoreResult r = scorer().score(mc.sheet());
        boolean reported = r.failedMinimums().get(mc.stars()).stream()
                .map(FailedMinimum::criterion)
                .anyMatch(mc.criterion()::equals);
        Counterexample.require(
                r.stars() < mc.stars() && reported,
                "criterion " + mc.criterion() + " is below its " + mc.stars() + "★ marker",
                rules(),
                List.of(mc.sheet()),
                new Row("stars", "< " + mc.stars(), r.stars()),
                new Row(
                        "failed " + mc.stars() + "★ markers",
                        "includes " + mc.criterion(),
                        r.failedMinimums().get(mc.stars()).stream()
                                .map(FailedMinimum::criterion)
                                .toList()));
        Statistics.label("marker").collect(mc.stars() + "★");
    }

    // ---- determinism -----------------------------------------------------------------------------------

    /** The same sheet gives the same result, on any thread. */
    @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
    public void resultsAreDeterministicAndIdenticalAcrossThreads(@ForAll("sheets") Sheet sheet) throws Exception {
        ScoreResult first = scorer().score(sheet);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ScoreResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> scorer().score(sheet)));
            }
            for (Future<ScoreResult> f : results) {
                ScoreResult other = f.get();
                Counterexample.require(
                        first.equals(other),
                        "the same sheet scored differently on another thread",
                        rules(),
                        List.of(sheet),
                        new Row("total", first.total(), other.total()),
                        new Row("stars", first.stars(), other.stars()));
            }
        } finally {
            pool.shutdown();
        }
    }

    // ---- invalid sheets --------------------------------------------------------------------------------

    @Provide
    Arbitrary<InvalidSheet> invalidSheets() {
        return OcopArbitraries.invalidSheets(rules());
    }

    /** Invalid sheets are rejected, and an error names the criterion concerned. */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    public void invalidSheetsAreRejectedWithErrorsNamingTheCriterion(@ForAll("invalidSheets") InvalidSheet invalid) {
        try {
            ScoreResult r = scorer().score(invalid.sheet());
            Counterexample.require(
                    false,
                    "a sheet with " + invalid.kind() + " on criterion " + invalid.criterion()
                            + " was scored instead of rejected",
                    rules(),
                    List.of(invalid.sheet()),
                    new Row("outcome", "InvalidSheetException", r.total() + " points, " + r.stars() + "★"));
        } catch (InvalidSheetException e) {
            boolean named = e.problems().stream()
                    .anyMatch(p -> p.path().contains(invalid.criterion())
                            || p.message().contains(invalid.criterion()));
            Counterexample.require(
                    named,
                    "the errors of a sheet with " + invalid.kind() + " do not name criterion " + invalid.criterion(),
                    rules(),
                    List.of(invalid.sheet()),
                    new Row("errors", "naming " + invalid.criterion(), e.problems()));
        }
        Statistics.label("invalid").collect(invalid.kind());
    }

    // ---- the reference scorer --------------------------------------------------------------------------

    @Provide
    Arbitrary<Sheet> referenceSheets() {
        return Arbitraries.oneOf(sheets(), markedEdges().map(MarkedEdgeSheet::sheet));
    }

    /**
     * The rules give what the plain-Java reference scorer computes from the catalogue alone, for random sheets
     * and for sheets meeting every marker of their level next to a band edge (half of the tries each).
     */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    public void droolsAgreesWithThePlainJavaReferenceScorer(@ForAll("referenceSheets") Sheet sheet) {
        ScoreResult r = scorer().score(sheet);
        agree(
                "Drools and the reference scorer disagree",
                List.of(sheet),
                r,
                ReferenceScorer.score(rules().edition(), set(sheet), sheet));
        Statistics.label("stars").collect(r.stars());
    }

    @Provide
    Arbitrary<List<Sheet>> councils() {
        return OcopArbitraries.councilsAroundOneSheet(rules());
    }

    /**
     * A council gets what the reference scorer computes from its members' means: the mean total and its band,
     * the markers judged on each criterion's mean, the stars they leave. The members score one product alike
     * (a few answers a rung apart), so the means sit on and around the markers.
     */
    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    public void aCouncilGetsWhatTheReferenceScorerGivesItsMeans(@ForAll("councils") List<Sheet> members) {
        ScoreResult r = scorer().scoreCouncil(members);
        agree(
                "a council of " + members.size() + ": Drools and the reference scorer disagree",
                members,
                r,
                ReferenceScorer.council(rules().edition(), set(members.get(0)), members));
        Statistics.label("council stars").collect(r.stars());
    }

    @Provide
    Arbitrary<Sheet> sheetsWithFindings() {
        return OcopArbitraries.sheetsWithFindings(rules());
    }

    /**
     * A finding that a stop rule names (foreign matter, …) leaves the product without stars whatever its total,
     * as the reference scorer says: random sheets carry no findings, these always do.
     */
    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    public void findingsStopTheEvaluationAsTheReferenceScorerSays(@ForAll("sheetsWithFindings") Sheet sheet) {
        ScoreResult r = scorer().score(sheet);
        agree(
                "a sheet with findings " + sheet.findings() + ": Drools and the reference scorer disagree",
                List.of(sheet),
                r,
                ReferenceScorer.score(rules().edition(), set(sheet), sheet));
        Statistics.label("band stars of sheets with findings").collect(r.bandStars());
    }

    /** Checks a result against the reference scorer's, row by row. */
    private void agree(String property, List<Sheet> sheets, ScoreResult r, ReferenceScorer.Outcome expected) {
        Map<Integer, List<String>> failed = new LinkedHashMap<>();
        r.failedMinimums().forEach((k, v) -> {
            if (!v.isEmpty()) {
                failed.put(k, v.stream().map(FailedMinimum::criterion).toList());
            }
        });
        List<Row> rows = new ArrayList<>();
        expected.criteria()
                .forEach((code, pts) ->
                        rows.add(new Row("criterion " + code, pts, r.criteria().get(code))));
        expected.parts()
                .forEach((part, pts) ->
                        rows.add(new Row("part " + part, pts, r.parts().get(part))));
        rows.add(new Row("total", expected.total(), r.total()));
        rows.add(new Row("band stars", expected.band(), r.bandStars()));
        rows.add(new Row("stars", expected.stars(), r.stars()));
        rows.add(new Row("failed markers", expected.failed(), failed));
        Counterexample.check(property, rules(), sheets, rows.toArray(Row[]::new));
    }

    /**
     * Every set of the rule set, not only those the random tries picked: its best sheet, its lowest sheet and
     * five generated ones agree with the reference scorer.
     */
    @Example
    public void everySetAgreesWithTheReferenceScorer() {
        for (CriteriaSet set : rules().sets()) {
            List<Sheet> sheets = new ArrayList<>(
                    OcopArbitraries.sheets(set).sampleStream().limit(5).toList());
            Sheet.Builder best = Sheet.builder(set.id());
            Sheet.Builder lowest = Sheet.builder(set.id());
            for (Criterion c : set.leaves()) {
                best.answer(c.code(), OcopArbitraries.best(c));
                Answer low = c.selection() == vn.ocop.catalogue.Selection.YES_NO
                        ? Answer.yesNo(false)
                        : c.selection() == vn.ocop.catalogue.Selection.CASES
                                ? Answer.caseOption(c.cases().get(0).code(), 0)
                                : Answer.none();
                lowest.answer(c.code(), low);
            }
            sheets.add(best.build());
            sheets.add(lowest.build());
            for (Sheet sheet : sheets) {
                ScoreResult r = scorer().score(sheet);
                ReferenceScorer.Outcome expected = ReferenceScorer.score(rules().edition(), set, sheet);
                Counterexample.check(
                        "set " + set.id() + ": Drools and the reference scorer disagree",
                        rules(),
                        List.of(sheet),
                        new Row("total", expected.total(), r.total()),
                        new Row("band stars", expected.band(), r.bandStars()),
                        new Row("stars", expected.stars(), r.stars()));
            }
        }
    }

    // ---- export and import -----------------------------------------------------------------------------

    /**
     * The edition, exported as a pack and loaded back, has the same catalogue (every set, criterion, option,
     * marker and band) and scores generated sheets the same. For a pack, the pack is also loaded a second time
     * from its location, with the same result.
     */
    @Example
    public void exportThenImportIsLossless() throws IOException {
        String edition = rules().edition().id();
        Path dir = Files.createTempDirectory("ocop-testkit-export");
        try {
            Packs.export(edition, dir, vn.ocop.pack.PackFormat.CSV);
            Pack imported = Packs.load(dir);
            RuleSet national = RuleSet.national(edition);
            for (CriteriaSet set : national.sets()) {
                CriteriaSet back = imported.catalogue().set(set.id()).orElseThrow();
                Counterexample.require(
                        same(set, back),
                        "set " + set.id() + " changed in export → import",
                        rules(),
                        List.of(),
                        new Row("set", set, back));
                for (Sheet s :
                        OcopArbitraries.sheets(set).sampleStream().limit(5).toList()) {
                    ScoreResult a = national.scorer().score(s);
                    ScoreResult b = imported.scorer().score(s);
                    Counterexample.check(
                            "export → import scores differently",
                            rules(),
                            List.of(s),
                            new Row("total", a.total(), b.total()),
                            new Row("stars", a.stars(), b.stars()));
                }
            }
            Counterexample.require(
                    national.edition()
                            .bands()
                            .equals(imported.catalogue()
                                    .edition(edition)
                                    .orElseThrow()
                                    .bands()),
                    "the bands changed in export → import",
                    rules(),
                    List.of());
            if (rules().pack() != null) {
                Pack again = Packs.load(Path.of(rules().pack().location()), rules().packOptions());
                Counterexample.check(
                        "the pack read twice differs",
                        rules(),
                        List.of(),
                        new Row(
                                "hash",
                                rules().pack().info().hash(),
                                again.info().hash()),
                        new Row(
                                "sets",
                                rules().sets().size(),
                                again.catalogue()
                                        .edition(edition)
                                        .orElseThrow()
                                        .sets()
                                        .size()));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Equal but for the file the set was read from. */
    private static boolean same(CriteriaSet a, CriteriaSet b) {
        return a.id().equals(b.id())
                && a.number() == b.number()
                && a.name().equals(b.name())
                && a.parts().equals(b.parts())
                && a.stopRules().equals(b.stopRules())
                && a.dataIssues().equals(b.dataIssues())
                && a.disqualifiers().equals(b.disqualifiers());
    }
}
