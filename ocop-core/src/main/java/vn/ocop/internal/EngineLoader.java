package vn.ocop.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.OcopException;
import vn.ocop.spi.ScoringEngine;
import vn.ocop.spi.ScoringEngineProvider;

/** Finds the scoring engine through {@link ServiceLoader}, once, and fails fast when there is none. */
public final class EngineLoader {
    private static final Logger LOG = LoggerFactory.getLogger(EngineLoader.class);

    private EngineLoader() {}

    private static final class Holder {
        static final ScoringEngineProvider PROVIDER =
                choose(ServiceLoader.load(ScoringEngineProvider.class, EngineLoader.class.getClassLoader()));
        static final ScoringEngine NATIONAL = create(PROVIDER);
        static final SetIndex.Cache NATIONAL_INDEXES = new SetIndex.Cache();
    }

    /** @return the shared engine loaded with the national criteria */
    public static ScoringEngine national() {
        return holder(() -> Holder.NATIONAL);
    }

    /**
     * @return a scorer over the national engine; every such scorer shares the engine's set indexes, so a host
     *         that asks for a scorer per request does not index a set again each time
     */
    public static DefaultScorer nationalScorer(vn.ocop.ScoringOptions options) {
        ScoringEngine engine = national();
        return new DefaultScorer(engine, options, Holder.NATIONAL_INDEXES);
    }

    /** @return the provider of the engine, for packs and export */
    public static ScoringEngineProvider provider() {
        return holder(() -> Holder.PROVIDER);
    }

    private static <T> T holder(java.util.function.Supplier<T> field) {
        try {
            return field.get();
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof OcopException oe) {
                throw oe;
            }
            throw new OcopException("the scoring engine failed to start: " + e.getCause(), e.getCause());
        } catch (NoClassDefFoundError e) {
            throw new OcopException("the scoring engine failed to start earlier in this JVM; see the first error", e);
        }
    }

    /**
     * @param loader the providers found
     * @return the engine of the provider with the highest priority
     */
    static ScoringEngine create(Iterable<ScoringEngineProvider> loader) {
        return create(choose(loader));
    }

    private static ScoringEngine create(ScoringEngineProvider chosen) {
        long start = System.nanoTime();
        ScoringEngine engine = chosen.create();
        LOG.debug("scoring engine {} ready in {} ms", chosen.name(), (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    private static ScoringEngineProvider choose(Iterable<ScoringEngineProvider> loader) {
        List<ScoringEngineProvider> providers = new ArrayList<>();
        loader.forEach(providers::add);
        if (providers.isEmpty()) {
            throw new OcopException("no scoring engine on the class path: add the dependency vn.ocop:ocop-rules"
                    + " (it registers META-INF/services/" + ScoringEngineProvider.class.getName() + ")");
        }
        providers.sort(Comparator.comparingInt(ScoringEngineProvider::priority).reversed());
        if (providers.size() > 1
                && providers.get(0).priority() == providers.get(1).priority()) {
            throw new OcopException("several scoring engines with the same priority on the class path: "
                    + providers.stream()
                            .map(p -> p.name() + " (" + p.priority() + ")")
                            .collect(Collectors.joining(", "))
                    + "; keep one, or give one a higher priority()");
        }
        return providers.get(0);
    }
}
