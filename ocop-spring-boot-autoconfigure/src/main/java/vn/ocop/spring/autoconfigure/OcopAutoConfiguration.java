package vn.ocop.spring.autoconfigure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.pack.PackInfo;

/**
 * Auto-configuration for ocop: a {@link Scorer} bean from the {@code ocop.*} properties ({@link OcopProperties}),
 * scoring on the national criteria or on a pack ({@code ocop.pack.location}, watched with
 * {@code ocop.pack.watch}); with Boot's health support a {@code ocop} health indicator, with the actuator an
 * {@code ocop} info entry, and with a Micrometer {@link MeterRegistry} timers and counters (see
 * {@link MeteredScorer}). Every bean backs off when the application defines its own.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration
@ConditionalOnClass(Scorer.class)
@EnableConfigurationProperties(OcopProperties.class)
public class OcopAutoConfiguration {

    /** @param properties the {@code ocop.*} properties @return the scoring options they describe */
    @Bean
    @ConditionalOnMissingBean
    public ScoringOptions ocopScoringOptions(OcopProperties properties) {
        ScoringOptions options = ScoringOptions.defaults()
                .withMarkerPolicy(properties.getMarkerPolicy())
                .withMarkerBasis(properties.getMarkerBasis())
                .withQuorum(properties.getQuorum())
                .withSpread(properties.getMaxSpread(), properties.getSpreadPolicy())
                .withRounding(properties.getRounding())
                .withExpertsScoring(properties.isExpertsScore());
        String edition = properties.getEdition();
        return edition == null || edition.isBlank() ? options : options.withEdition(edition.strip());
    }

    /**
     * @param properties the {@code ocop.*} properties
     * @param options    the scoring options
     * @return the engine: the national criteria, the pack, or the watched pack folder
     */
    @Bean
    @ConditionalOnMissingBean
    public OcopEngine ocopEngine(OcopProperties properties, ScoringOptions options) {
        return OcopEngine.start(properties, options);
    }

    /** @param engine the engine @return its scorer */
    @Bean
    @ConditionalOnMissingBean
    public Scorer ocopScorer(OcopEngine engine) {
        return engine.scorer();
    }

    /** What the health indicator and the info entry say about the engine. */
    static Map<String, Object> describe(OcopEngine engine) {
        Map<String, Object> d = new LinkedHashMap<>();
        String edition = engine.edition(Clock.systemUTC());
        d.put("edition", edition == null ? "none in force" : edition);
        PackInfo pack = engine.pack();
        if (pack == null) {
            d.put("pack", "national criteria");
        } else {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", pack.name());
            p.put("version", pack.version());
            p.put("hash", pack.hash());
            p.put("edition", pack.edition());
            p.put("location", engine.location());
            p.put("watched", engine.watching());
            p.put("reloads", engine.reloads());
            d.put("pack", p);
        }
        String failure = engine.lastReloadFailure();
        if (failure != null) {
            d.put("lastReloadFailure", failure);
            d.put("lastReloadFailureAt", String.valueOf(engine.lastReloadFailureAt()));
        }
        return d;
    }

    /** The health indicator, with Boot's health support on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class HealthConfiguration {
        /**
         * UP with the edition and pack in use; a refused reload of a watched folder is a detail (the previous
         * pack still serves), not a failure.
         */
        @Bean
        @ConditionalOnMissingBean(name = "ocopHealthIndicator")
        HealthIndicator ocopHealthIndicator(OcopEngine engine) {
            return () -> org.springframework.boot.health.contributor.Health.up()
                    .withDetails(describe(engine))
                    .build();
        }
    }

    /** The info entry, with the actuator on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(InfoContributor.class)
    static class InfoConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "ocopInfoContributor")
        InfoContributor ocopInfoContributor(OcopEngine engine) {
            return builder -> builder.withDetail("ocop", describe(engine));
        }
    }

    /** Timers and counters, with Micrometer on the class path and a registry in the context. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MetricsConfiguration {
        @Bean
        static BeanPostProcessor ocopScorerMetrics(ObjectProvider<MeterRegistry> registry) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof Scorer scorer && !(bean instanceof MeteredScorer)) {
                        MeterRegistry r = registry.getIfAvailable();
                        return r == null ? bean : new MeteredScorer(scorer, r);
                    }
                    return bean;
                }
            };
        }
    }
}
