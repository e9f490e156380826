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
import java.util.Map;
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
 * The tester kit's suite catches packs that are broken in ways validation cannot see: table templates edited
 * so that the rules no longer do what the cells say. Each broken pack is checked by running the suite's
 * property on it through the JUnit Platform, and the test asserts that the property fails with a shrunk
 * counterexample printed as sheet JSON.
 */
class BrokenPacksTest {
    static final String RUN = "ocop.testkit.brokenPacks";
    static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "ocop-broken-packs-" + ProcessHandle.current().pid());

    /** The broken suites run only when this test launches them, never as part of the build's own tests. */
    public static final class OnlyWhenLaunched implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return "run".equals(System.getProperty(RUN)) ? SkipResult.doNotSkip()
                    : SkipResult.skip("run by BrokenPacksTest only");
        }
    }

    static Path broken(String name, String file, String from, String to) {
        Path dir = ROOT.resolve(name);
        if (!Files.exists(dir)) {
            String row = file.startsWith("s01") ? "Replace,QD26-01," + file : "Bands," + file;
            TestPacks.pack(dir, "broken", row);
            TestPacks.edit(dir.resolve(file), from, to);
        }
        return dir;
    }

    static Path ignoredMarkers() {
        return broken("ignored-markers", PacksTest.S01, "\"points(\"\"$1\"\") < $2\"",
                "\"points(\"\"$1\"\") < -$2\"");
    }

    static Path overMaximum() {
        return broken("over-maximum", PacksTest.S01, "award(\"\"$param\"\"", "award(\"\"1$param\"\"");
    }

    static Path bandGap() {
        return broken("band-gap", "edition.drl.csv", ",total >= $param,", ",total > $param,");
    }

    /** Markers the rules ignore: a minus sign typed before the minimum in the marker table's condition, so no sheet ever falls below it. */
    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class IgnoredMarkers extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(ignoredMarkers());
        }
    }

    /** Options that give more than the criterion's maximum: a 1 typed before every awarded point value. */
    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class OverMaximum extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(overMaximum());
        }
    }

    /** A gap at every band edge: each band's lower edge made exclusive ({@code >} for {@code >=}). */
    @AddLifecycleHook(OnlyWhenLaunched.class)
    static class GapAtTheEdges extends RuleSetProperties {
        @Override
        protected RuleSet ruleSet() {
            return RuleSet.pack(bandGap());
        }
    }

    /** The failures of one property of a suite, run through the JUnit Platform. */
    static List<Throwable> failures(Class<?> suite, String property) {
        List<Throwable> failures = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(suite, property)).build();
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
        assertTrue(message.contains("sheet (JSON, paste into a regression test):\n    {\"criteriaSet\":\"QD26-"),
                message);
        assertTrue(message.contains("expected") && message.contains("actual"), message);
        for (String e : expected) {
            assertTrue(message.contains(e), () -> "missing '" + e + "' in:\n" + message);
        }
    }

    /** Validation cannot judge a template, but it says that one changed. */
    @Test
    void validationPassesButReportsTheEditedTemplates() {
        Map<Path, String> tables = Map.of(ignoredMarkers(), "minimum markers", overMaximum(), "options", bandGap(),
                "star bands");
        tables.forEach((pack, table) -> {
            List<PackChange> changes = vn.ocop.pack.Packs.load(pack).changes();
            assertEquals(1, changes.size(), changes::toString);
            assertEquals(PackChange.Kind.TEMPLATE_CHANGED, changes.get(0).kind());
            assertTrue(changes.get(0).detail().contains("the template rows of table '" + table + "' differ"),
                    changes.get(0)::toString);
        });
    }

    @Test
    void markersTheRulesIgnoreAreCaught() {
        caught(IgnoredMarkers.class, "aFailedMarkerHoldsTheProductBelowItsLevel", "is below its", "failed");
    }

    @Test
    void optionsAboveTheMaximumAreCaught() {
        caught(OverMaximum.class, "totalsPartsAndCriteriaStayWithinTheirMaxima", "points beyond their maxima",
                "criterion ");
    }

    @Test
    void aGapAtTheBandEdgesIsCaught() {
        caught(GapAtTheEdges.class, "bandEdgesGiveExactlyTheDeclaredStars", "band stars", "(edge ");
    }

    @Test
    void theReferenceScorerDisagreesWithEachBrokenPack() {
        caught(IgnoredMarkers.class, "droolsAgreesWithThePlainJavaReferenceScorer", "Drools and the reference scorer disagree");
        caught(OverMaximum.class, "droolsAgreesWithThePlainJavaReferenceScorer", "Drools and the reference scorer disagree");
    }

    static {
        try {
            Files.createDirectories(ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
