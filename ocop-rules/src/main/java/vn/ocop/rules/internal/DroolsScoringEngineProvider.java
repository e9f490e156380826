package vn.ocop.rules.internal;

import java.nio.file.Path;
import java.util.List;
import vn.ocop.pack.PackOptions;
import vn.ocop.rules.internal.pack.DroolsPacks;
import vn.ocop.spi.LoadedPack;
import vn.ocop.spi.ScoringEngine;
import vn.ocop.spi.ScoringEngineProvider;

/** Registers the Drools engine with {@link java.util.ServiceLoader}. Public for the service loader only. */
public final class DroolsScoringEngineProvider implements ScoringEngineProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public DroolsScoringEngineProvider() {
    }

    @Override
    public String name() {
        return "drools";
    }

    @Override
    public ScoringEngine create() {
        return DroolsScoringEngine.national();
    }

    @Override
    public LoadedPack loadPack(Path pack, PackOptions options) {
        return DroolsPacks.load(pack, options);
    }

    @Override
    public LoadedPack checkPack(Path pack, PackOptions options) {
        return DroolsPacks.check(pack, options);
    }

    @Override
    public List<String> exportEdition(String edition, Path directory, String format) {
        return DroolsPacks.export(edition, directory, format);
    }
}
