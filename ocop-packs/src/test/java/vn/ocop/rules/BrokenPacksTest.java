package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import vn.ocop.pack.PackChange;
import vn.ocop.testkit.RuleSet;
import vn.ocop.testkit.RuleSetProperties;

/**
 * The tester kit's suite catches packs that are broken in ways validation cannot judge: arithmetic that a
 * DataIssue row acknowledges (validation only warns), and trusted DRL, whose rules no table shows. Each broken pack is checked by running the suite's
 * property on it through the JUnit Platform, and the test asserts that the property fails with a shrunk
 * counterexample printed as sheet JSON.
 */
class BrokenPacksTest {
    static final String RUN = "ocop.testkit.brokenPacks";
    static final Path ROOT = Path.of(
            System.getProperty("java.io.tmpdir"),
            "ocop-broken-packs-" + ProcessHandle.current().pid());

    /** The broken suites run only when this test launches them, never as part of the build's own tests. */
    public static final class OnlyWhenLaunched implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return "run".equals(System.getProperty(RUN))
                    ? SkipResult.doNotSkip()
                    : SkipResult.skip("run by BrokenPacksTest only");
        }
    }

    static Path pack(String name, java.util.function.Consumer<Path> edits, String... rows) {
        Path dir = ROOT.resolve(name);
        if (!Files.exists(dir)) {
            TestPacks.pack(dir, "broken", rows);
            edits.accept(dir);
        }
        return dir;
    }

    /**
     * Options that give more than the criterion's maximum, in data: every option of criterion 1.5 gives 4 points
     * (its maximum is 3), so that every sheet of the set shows it, and a DataIssue row that acknowledges the set's arithmetic, as a transcription
     * with known defects does. Validation then warns instead of refusing, and the kit must catch it.
     */
    static Path overMaximum() {
        return pack(
                "over-maximum",
                dir -> {
                    for (String option : List.of("1,0,,", "2,1,,", "3,2,****,", "4,3,*****,")) {
                        TestPacks.edit(
                                dir.resolve(PacksTest.S01),
                                "Option,1.5,," + option,
                                "Option,1.5,," + option.charAt(0) + ",4,"
                                        + option.substring(option.indexOf(',', 2) + 1));
                    }
                    TestPacks.edit(
                            dir.resolve(PacksTest.S01),
                            "Confidence,confirmed\n",
                            "Confidence,confirmed\nDataIssue,,,,,,,criterion 1.5 as the province transcribed it\n");
                },
                "Replace,QD26-01," + PacksTest.S01);
    }

    /**
     * Trusted DRL that leaves every product at most 1★: a rule the tables cannot show,
     * which only the kit (against its plain-Java reference scorer) can judge.
     */
    static Path trustedBonus() {
        return pack(
                "trusted-bonus",
                dir -> {
                    try {
                        Files.writeString(dir.resolve("bonus.drl"), """
                        package vn.province.bonus;
                        import vn.ocop.rules.internal.fact.Stars;
                        rule "at most one star"
                            salience -100
                        when
                            $s : Stars( stars >= 2 )
                        then
                            modify( $s ) { setStars( 1 ) }
                        end
                        """);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "Rules,bonus.drl");
    }

    /** Over the maximum, in data: the kit's maxima property fails. */
    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class OverMaximum extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(overMaximum());
        }
    }

    /** A trusted DRL bonus: the reference scorer disagrees. */
    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class TrustedBonus extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(
                    trustedBonus(), vn.ocop.pack.PackOptions.defaults().withTrustDrl(true));
        }
    }

    /** A pack of trusted DRL for every set: one rule, written as a province might get it wrong. */
    static Path trustedRule(String name, String drl) {
        return pack(
                name,
                dir -> {
                    try {
                        Files.writeString(dir.resolve(name + ".drl"), drl);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "Rules," + name + ".drl");
    }

    /**
     * "70 đến 89" read as "above 70": a total of exactly 70 meeting every 4★ marker is held at 3★. The reference
     * scorer disagrees too; the marked-edge property says where: on the edge, with every marker met.
     */
    static Path seventyIsNotYetFourStars() {
        return trustedRule("seventy", """
                package vn.province.seventy;
                import vn.ocop.rules.internal.fact.Evaluation;
                import vn.ocop.rules.internal.fact.Stars;
                rule "seventy is not yet four stars"
                    salience -100
                when
                    Evaluation( total < 71 )
                    $s : Stars( stars == 4 )
                then
                    modify( $s ) { setStars( 3 ) }
                end
                """);
    }

    /**
     * A rule that punishes an improvement: the best packaging (2.2, option 4) holds a 5★ product at 4★. Random
     * raises rarely meet it (a 5★ sheet meeting every marker, 2.2 one rung below its top); the raise of a marked
     * edge sheet does.
     */
    static Path bestPackagingHoldsAtFour() {
        return trustedRule("packaging", """
                package vn.province.packaging;
                import vn.ocop.rules.internal.fact.Score;
                import vn.ocop.rules.internal.fact.Stars;
                rule "the best packaging holds a product at four stars"
                    salience -100
                when
                    Score( criterion == "2.2", option == 4 )
                    $s : Stars( stars == 5 )
                then
                    modify( $s ) { setStars( 4 ) }
                end
                """);
    }

    /**
     * "The council decides": a province's rule that lets a council's mean skip the minimum markers (written with
     * a plain setter, as such rules are, so nothing lowers the stars again). A single sheet is untouched, so
     * every property on sheets passes; the old council property checks only the band of a mean below an edge.
     */
    static Path councilsSkipTheMarkers() {
        return trustedRule("council", """
                package vn.province.council;
                import vn.ocop.rules.internal.fact.Evaluation;
                import vn.ocop.rules.internal.fact.Stars;
                import vn.ocop.rules.internal.fact.Stop;
                rule "the council decides: markers do not hold it"
                    salience -55
                when
                    Evaluation( members > 1 )
                    $s : Stars( stars < bandStars )
                    not Stop()
                then
                    $s.setStars( $s.getBandStars() );
                end
                """);
    }

    /**
     * "A good product is forgiven a finding": a finding's stop is withdrawn when the total reaches 4★. Random
     * sheets carry no findings, so no property on them meets it.
     */
    static Path findingsForgiven() {
        return trustedRule("forgiven", """
                package vn.province.forgiven;
                import vn.ocop.rules.internal.fact.Finding;
                import vn.ocop.rules.internal.fact.Stars;
                import vn.ocop.rules.internal.fact.Stop;
                rule "a product of four stars or more is forgiven a finding"
                    salience -55
                when
                    $f : Finding( !dossier )
                    Stars( bandStars >= 4 )
                    $x : Stop( rule.endsWith( $f.code ) )
                then
                    delete( $x );
                end
                """);
    }

    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class CouncilsSkipTheMarkers extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(
                    councilsSkipTheMarkers(),
                    vn.ocop.pack.PackOptions.defaults().withTrustDrl(true));
        }
    }

    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class FindingsForgiven extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(
                    findingsForgiven(), vn.ocop.pack.PackOptions.defaults().withTrustDrl(true));
        }
    }

    @Test
    void aCouncilThatSkipsTheMarkersIsCaughtByComparingItsMeans() {
        caught(
                CouncilsSkipTheMarkers.class,
                "aCouncilGetsWhatTheReferenceScorerGivesItsMeans",
                "Drools and the reference scorer disagree",
                "stars");
        // what the kit had before: single sheets and the band of a council's mean below an edge
        for (String property : List.of(
                "droolsAgreesWithThePlainJavaReferenceScorer",
                "raisingAnyAnswerNeverLowersTheStars",
                "noProductGetsStarsWhoseMarkersItFails",
                "aCouncilMeanJustBelowAnEdgeStaysBelowIt")) {
            assertEquals(List.of(), failures(CouncilsSkipTheMarkers.class, property), property);
        }
    }

    @Test
    void aForgivenFindingIsCaughtBySheetsThatCarryFindings() {
        caught(
                FindingsForgiven.class,
                "findingsStopTheEvaluationAsTheReferenceScorerSays",
                "a sheet with findings [",
                "stars");
        assertEquals(List.of(), failures(FindingsForgiven.class, "droolsAgreesWithThePlainJavaReferenceScorer"));
    }

    /** A trusted pack is read again with the options it was loaded with: the kit does not fail its own check. */
    @Test
    void aTrustedPackPassesTheExportAndReloadCheck() {
        assertEquals(List.of(), failures(CouncilsSkipTheMarkers.class, "exportThenImportIsLossless"));
    }

    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class SeventyIsNotYetFourStars extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(
                    seventyIsNotYetFourStars(),
                    vn.ocop.pack.PackOptions.defaults().withTrustDrl(true));
        }
    }

    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class BestPackagingHoldsAtFour extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(
                    bestPackagingHoldsAtFour(),
                    vn.ocop.pack.PackOptions.defaults().withTrustDrl(true));
        }
    }

    @Test
    void aTotalOfSeventyHeldAtThreeStarsIsCaughtAtTheEdge() {
        caught(
                SeventyIsNotYetFourStars.class,
                "sheetsMeetingTheirMarkersGetTheStarsOfTheirBand",
                "the stars of a sheet meeting every marker up to",
                "stars");
    }

    @Test
    void aRuleThatPunishesTheBestAnswerIsCaughtByRaisingIt() {
        caught(
                BestPackagingHoldsAtFour.class,
                "raisingAnyAnswerOfASheetMeetingItsMarkersNeverLowersTheStars",
                "raising criterion 2.2 by one rung lowered the stars");
        caught(BestPackagingHoldsAtFour.class, "sheetsMeetingTheirMarkersGetTheStarsOfTheirBand", "stars");
    }

    /** A pack that validation refuses: its 3★ and 4★ band rows carry each other's star level. */
    static Path swappedBands() {
        return pack(
                "swapped-bands",
                dir -> {
                    try {
                        Path edition = TestPacks.national("QD-26-2026").resolve("edition.csv");
                        String text = Files.readString(edition, java.nio.charset.StandardCharsets.UTF_8);
                        String three = text.lines()
                                .filter(l -> l.startsWith("Band,3,"))
                                .findFirst()
                                .orElseThrow();
                        String four = text.lines()
                                .filter(l -> l.startsWith("Band,4,"))
                                .findFirst()
                                .orElseThrow();
                        Files.writeString(
                                dir.resolve("bands.csv"),
                                text.replace(three, "Band,4," + three.substring(7))
                                        .replace(four, "Band,3," + four.substring(7)),
                                java.nio.charset.StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "Bands,bands.csv");
    }

    /** An unusable rule set: the suite must fail once, before any property. */
    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class SwappedBands extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(swappedBands());
        }
    }

    @Test
    void aPackWithSwappedBandLevelsFailsTheSuiteOnceBeforeAnyProperty() {
        List<String> ran = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        System.setProperty(RUN, "run");
        try {
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(
                                            SwappedBands.class))
                                    .build(),
                            new TestExecutionListener() {
                                @Override
                                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                                    if (id.isTest()) {
                                        ran.add(id.getDisplayName());
                                    }
                                    result.getThrowable().ifPresent(failures::add);
                                }
                            });
        } finally {
            System.clearProperty(RUN);
        }
        assertEquals(List.of(), ran, "no property ran");
        // the class's container reports it (and the platform passes it up to the enclosing container): one message
        assertEquals(
                1,
                failures.stream().map(Throwable::getMessage).distinct().count(),
                () -> "one failure, not one per property: " + failures);
        String message = failures.get(0).getMessage();
        assertTrue(message.startsWith("the rule set of SwappedBands cannot be checked, so no property ran:"), message);
        assertTrue(message.contains("star levels must rise with the total"), message);
    }

    /** The failures of one property of a suite, run through the JUnit Platform. */
    static List<Throwable> failures(Class<?> suite, String property) {
        List<Throwable> failures = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(suite, property))
                .build();
        System.setProperty(RUN, "run");
        try {
            LauncherFactory.create().execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) {
                        finished.add(id.getDisplayName());
                        result.getThrowable().ifPresent(failures::add);
                    }
                }
            });
        } finally {
            System.clearProperty(RUN);
        }
        assertEquals(List.of(property), finished, "the property ran once");
        return failures;
    }

    static void caught(Class<?> suite, String property, String... expected) {
        List<Throwable> failures = failures(suite, property);
        assertEquals(1, failures.size(), () -> suite.getSimpleName() + "." + property + " passed on a broken pack");
        String message = failures.get(0).getMessage();
        assertTrue(
                message.contains("sheet (JSON, paste into a regression test):\n    {\"criteriaSet\":\"QD26-"), message);
        assertTrue(message.contains("expected") && message.contains("actual"), message);
        for (String e : expected) {
            assertTrue(message.contains(e), () -> "missing '" + e + "' in:\n" + message);
        }
    }

    /** Validation sees the acknowledged arithmetic as a warning, and the trusted DRL as a change. */
    @Test
    void validationPassesButSaysWhatItCannotJudge() {
        vn.ocop.pack.Pack over = vn.ocop.pack.Packs.load(overMaximum());
        assertTrue(
                over.warnings().stream()
                        .anyMatch(w -> w.contains("criterion 1.5 has maximum 3, but its best" + " option gives 4")),
                over.warnings()::toString);
        List<PackChange> changes = vn.ocop.pack.Packs.load(
                        trustedBonus(), vn.ocop.pack.PackOptions.defaults().withTrustDrl(true))
                .changes();
        assertEquals(
                List.of(PackChange.Kind.DRL_ADDED),
                changes.stream().map(PackChange::kind).toList());
    }

    @Test
    void optionsAboveTheMaximumAreCaught() {
        caught(
                OverMaximum.class,
                "totalsPartsAndCriteriaStayWithinTheirMaxima",
                "points beyond their maxima",
                "criterion ");
    }

    @Test
    void theReferenceScorerDisagreesWithATrustedBonus() {
        caught(
                TrustedBonus.class,
                "droolsAgreesWithThePlainJavaReferenceScorer",
                "Drools and the reference scorer disagree");
    }

    static {
        try {
            Files.createDirectories(ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
