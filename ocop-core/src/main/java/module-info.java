/**
 * The OCOP scoring API: sheets in, results out, engine-neutral. The rules engine is found through
 * {@link vn.ocop.spi.ScoringEngineProvider} ({@code vn.ocop:ocop-rules} provides the Drools one, from the
 * class path or as a module). {@code vn.ocop.internal} is the implementation and is not exported.
 */
module vn.ocop.core {
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports vn.ocop;
    exports vn.ocop.catalogue;
    exports vn.ocop.json;
    exports vn.ocop.pack;
    exports vn.ocop.portfolio;
    exports vn.ocop.result;
    exports vn.ocop.sheet;
    exports vn.ocop.spi;

    uses vn.ocop.spi.ScoringEngineProvider;
}
