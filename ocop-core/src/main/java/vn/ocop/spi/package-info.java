/**
 * The service-provider interface a rules engine implements to score sheets.
 *
 * <p>An engine registers its {@link vn.ocop.spi.ScoringEngineProvider} in
 * {@code META-INF/services/vn.ocop.spi.ScoringEngineProvider}. The Drools engine of
 * {@code vn.ocop:ocop-rules} is the one the project ships.
 */
@NullMarked
package vn.ocop.spi;

import org.jspecify.annotations.NullMarked;
