package vn.ocop.spring.autoconfigure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.ocop.InvalidSheetException;
import vn.ocop.MarkerBasis;
import vn.ocop.MarkerPolicy;
import vn.ocop.Ocop;
import vn.ocop.Rounding;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SpreadPolicy;
import vn.ocop.result.ScoreResult;

/** The starter as an application sees it: the context with and without a pack, its properties, health, info, metrics. */
class OcopAutoConfigurationTest {
    /** The bundled QD26-01 pomelo sheet, worked by hand in ocop-examples' SamplesTest. */
    static final Path SAMPLE = Path.of("../ocop-examples/samples/qd26-01-buoi-da-xanh.json");

    static final Path LAM_DONG = Path.of("../ocop-examples/packs/lam-dong");

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OcopAutoConfiguration.class));

    static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    @Test
    void withoutAPackTheScorerScoresOnTheNationalCriteria() {
        runner.run(context -> {
            Scorer scorer = context.getBean(Scorer.class);
            ScoreResult r = scorer.scoreJson(sample(), "sample");
            // A 32 + B 18 + C 25 = 75: band 4★; criterion 1.5 (option 2, below its 4★ marker) holds it at 3★
            assertEquals(new BigDecimal("75"), r.total().stripTrailingZeros());
            assertEquals(4, r.bandStars());
            assertEquals(3, r.stars());
            assertNull(r.pack());
            assertNull(context.getBean(OcopEngine.class).pack());
            assertEquals(ScoringOptions.defaults(), scorer.options());
        });
    }

    @Test
    void propertiesAreBoundIntoTheScoringOptions() {
        runner.withPropertyValues(
                        "ocop.edition=QD-148-2023",
                        "ocop.marker-policy=" + MarkerPolicy.values()[MarkerPolicy.values().length - 1].name(),
                        "ocop.marker-basis=" + MarkerBasis.values()[MarkerBasis.values().length - 1].name(),
                        "ocop.quorum=3",
                        "ocop.max-spread=7.5",
                        "ocop.spread-policy=ERROR",
                        "ocop.rounding=TOTAL_2DP",
                        "ocop.experts-score=true")
                .run(context -> {
                    ScoringOptions o = context.getBean(Scorer.class).options();
                    assertEquals("QD-148-2023", o.edition());
                    assertEquals(MarkerPolicy.values()[MarkerPolicy.values().length - 1], o.markerPolicy());
                    assertEquals(MarkerBasis.values()[MarkerBasis.values().length - 1], o.markerBasis());
                    assertEquals(3, o.quorum());
                    assertEquals(new BigDecimal("7.5"), o.maxSpread());
                    assertEquals(SpreadPolicy.ERROR, o.spreadPolicy());
                    assertEquals(Rounding.TOTAL_2DP, o.rounding());
                    assertTrue(o.expertsScore());
                    assertEquals(
                            "QD-148-2023", context.getBean(OcopEngine.class).edition(java.time.Clock.systemUTC()));
                });
    }

    @Test
    void aBadPropertyStopsTheApplicationNamingTheValue() {
        runner.withPropertyValues("ocop.max-spread=-1").run(context -> {
            assertNotNull(context.getStartupFailure());
            assertTrue(messages(context.getStartupFailure()).contains("-1"), messages(context.getStartupFailure()));
        });
        runner.withPropertyValues("ocop.rounding=HALF").run(context -> {
            assertNotNull(context.getStartupFailure());
            assertTrue(messages(context.getStartupFailure()).contains("HALF"), messages(context.getStartupFailure()));
        });
    }

    @Test
    void withAPackTheScorerScoresOnItAndHealthAndInfoNameIt() {
        runner.withPropertyValues("ocop.pack.location=" + LAM_DONG.toAbsolutePath())
                .run(context -> {
                    OcopEngine engine = context.getBean(OcopEngine.class);
                    assertNotNull(engine.pack());
                    assertEquals("Lâm Đồng OCOP 2026 (example)", engine.pack().name());
                    assertEquals("2026.1", engine.pack().version());
                    ScoreResult r = context.getBean(Scorer.class).scoreJson(sample(), "sample");
                    // the pack raises 1.5 option 2 from 1 to 1.5 points: A 32.5, total 75.5
                    assertEquals(new BigDecimal("75.5"), r.total().stripTrailingZeros());
                    assertNotNull(r.pack());

                    Health health = context.getBean("ocopHealthIndicator", HealthIndicator.class)
                            .health();
                    assertEquals(Status.UP, health.getStatus());
                    assertEquals("QD-26-2026", health.getDetails().get("edition"));
                    Map<?, ?> pack = (Map<?, ?>) health.getDetails().get("pack");
                    assertEquals("Lâm Đồng OCOP 2026 (example)", pack.get("name"));
                    assertEquals("2026.1", pack.get("version"));
                    assertEquals(engine.pack().hash(), pack.get("hash"));
                    assertFalse(health.getDetails().containsKey("lastReloadFailure"));

                    Info.Builder info = new Info.Builder();
                    context.getBean("ocopInfoContributor", InfoContributor.class)
                            .contribute(info);
                    Map<?, ?> ocop = (Map<?, ?>) info.build().getDetails().get("ocop");
                    assertEquals(pack, ocop.get("pack"));
                    assertEquals("QD-26-2026", ocop.get("edition"));
                });
    }

    @Test
    void withoutAPackHealthSaysTheNationalCriteria() {
        runner.run(context -> {
            Health health = context.getBean("ocopHealthIndicator", HealthIndicator.class)
                    .health();
            assertEquals(Status.UP, health.getStatus());
            assertEquals("national criteria", health.getDetails().get("pack"));
            String inForce = Ocop.catalogue()
                    .editionInForceOn(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                    .orElseThrow()
                    .id();
            assertEquals(inForce, health.getDetails().get("edition"));
        });
    }

    @Test
    void aPackWithCodeIsRefusedUnlessTrusted(@TempDir Path dir) throws IOException {
        Path pack = copy(LAM_DONG, dir.resolve("pack"));
        Files.writeString(
                pack.resolve("pack.csv"),
                Files.readString(pack.resolve("pack.csv"), StandardCharsets.UTF_8) + "Rules,evil.drl\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                pack.resolve("evil.drl"),
                "package vn.province.evil;\nrule \"x\" when then System.exit(7); end\n",
                StandardCharsets.UTF_8);
        runner.withPropertyValues("ocop.pack.location=" + pack).run(context -> {
            Throwable failure = context.getStartupFailure();
            assertNotNull(failure, "a DRL file must not load without ocop.pack.trust-drl");
            assertTrue(messages(failure).contains("evil.drl"), messages(failure));
        });
    }

    @Test
    void aWatchedFolderReportsARefusedReloadAndKeepsServing(@TempDir Path dir) throws Exception {
        Path pack = copy(LAM_DONG, dir.resolve("pack"));
        runner.withPropertyValues("ocop.pack.location=" + pack, "ocop.pack.watch=true")
                .run(context -> {
                    OcopEngine engine = context.getBean(OcopEngine.class);
                    assertTrue(engine.watching());
                    assertNull(engine.lastReloadFailure());
                    Files.writeString(pack.resolve("pack.csv"), "Pack,\nVersion,x\n", StandardCharsets.UTF_8);
                    long deadline = System.nanoTime() + 20_000_000_000L;
                    while (engine.lastReloadFailure() == null && System.nanoTime() < deadline) {
                        Thread.sleep(100);
                    }
                    assertNotNull(engine.lastReloadFailure(), "the refused reload must be reported");
                    Health health = context.getBean("ocopHealthIndicator", HealthIndicator.class)
                            .health();
                    assertEquals(Status.UP, health.getStatus());
                    assertEquals(engine.lastReloadFailure(), health.getDetails().get("lastReloadFailure"));
                    // the previous pack still scores
                    ScoreResult r = context.getBean(Scorer.class).scoreJson(sample(), "sample");
                    assertEquals(new BigDecimal("75.5"), r.total().stripTrailingZeros());
                });
    }

    @Test
    void anApplicationsOwnBeansWin() {
        Scorer own = Ocop.scorer(ScoringOptions.defaults().withQuorum(2));
        runner.withBean(Scorer.class, () -> own)
                .withBean(ScoringOptions.class, () -> ScoringOptions.defaults().withQuorum(5))
                .run(context -> {
                    assertSame(own, context.getBean(Scorer.class));
                    assertEquals(5, context.getBean(ScoringOptions.class).quorum());
                });
    }

    @Test
    void metricsTimeEvaluationsAndCountRejections() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            Scorer scorer = context.getBean(Scorer.class);
            assertInstanceOf(MeteredScorer.class, scorer);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            scorer.scoreJson(sample(), "sample");
            scorer.scoreJson(sample(), "sample");
            assertThrows(InvalidSheetException.class, () -> scorer.scoreJson("{\"criteriaSet\":\"QD26-01\"}", "bad"));
            assertEquals(
                    2,
                    registry.get(MeteredScorer.EVALUATIONS)
                            .tag("operation", "score")
                            .tag("outcome", "success")
                            .timer()
                            .count());
            assertEquals(
                    1,
                    registry.get(MeteredScorer.EVALUATIONS)
                            .tag("outcome", "rejected")
                            .timer()
                            .count());
            assertEquals(
                    1.0,
                    registry.get(MeteredScorer.REJECTIONS)
                            .tag("reason", "invalid-sheet")
                            .counter()
                            .count());
        });
    }

    @Test
    void theConfigurationMetadataDescribesEveryProperty() throws IOException {
        try (var in =
                OcopAutoConfigurationTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertNotNull(in, "the configuration processor must write the metadata");
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String property : new String[] {
                "ocop.edition",
                "ocop.marker-policy",
                "ocop.marker-basis",
                "ocop.quorum",
                "ocop.max-spread",
                "ocop.spread-policy",
                "ocop.rounding",
                "ocop.experts-score",
                "ocop.pack.location",
                "ocop.pack.watch",
                "ocop.pack.trust-drl"
            }) {
                assertTrue(metadata.contains("\"name\": \"" + property + "\""), property + " in " + metadata);
            }
        }
        try (var in = OcopAutoConfigurationTest.class.getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertNotNull(in);
            assertEquals(
                    OcopAutoConfiguration.class.getName(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append('\n');
        }
        return b.toString();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
