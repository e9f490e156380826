package vn.ocop.spi;

/**
 * Creates a {@link ScoringEngine}. Register an implementation in
 * {@code META-INF/services/vn.ocop.spi.ScoringEngineProvider}; {@link vn.ocop.Ocop} loads it with
 * {@link java.util.ServiceLoader}.
 */
public interface ScoringEngineProvider {

    /** @return a short name of the engine, for messages */
    String name();

    /**
     * @return this provider's precedence when several are on the class path; the highest wins and a
     *         tie is an error
     */
    default int priority() {
        return 0;
    }

    /**
     * Creates the engine loaded with the national criteria this provider ships. May take a while;
     * {@link vn.ocop.Ocop} calls it once and shares the engine.
     *
     * @return the engine
     */
    ScoringEngine create();
}
