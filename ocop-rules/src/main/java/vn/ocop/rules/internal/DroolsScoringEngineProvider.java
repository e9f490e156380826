package vn.ocop.rules.internal;

import java.nio.file.Path;
import java.util.List;
import vn.ocop.OcopException;
import vn.ocop.pack.PackOptions;
import vn.ocop.spi.LoadedPack;
import vn.ocop.spi.ScoringEngine;
import vn.ocop.spi.ScoringEngineProvider;

/**
 * Registers the Drools engine with {@link java.util.ServiceLoader}: scoring on the national editions, from
 * the executable model compiled at build time. Province packs need {@code vn.ocop:ocop-packs}, whose provider
 * extends this one with a higher priority. Public for the service loader only.
 */
public class DroolsScoringEngineProvider implements ScoringEngineProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public DroolsScoringEngineProvider() {}

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
        throw packsMissing();
    }

    @Override
    public LoadedPack checkPack(Path pack, PackOptions options) {
        throw packsMissing();
    }

    @Override
    public List<String> exportEdition(String edition, Path directory, vn.ocop.pack.PackFormat format) {
        throw packsMissing();
    }

    private static OcopException packsMissing() {
        return new OcopException("province packs need vn.ocop:ocop-packs on the class path (it loads, checks and"
                + " compiles packs and reads workbooks; ocop-rules alone scores the national editions)");
    }
}
