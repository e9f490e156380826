package vn.ocop.rules.internal;

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
}
