/**
 * The Drools engine behind {@link vn.ocop.spi.ScoringEngine}. Not an API: use {@link vn.ocop.Ocop}.
 */
package vn.ocop.rules.internal;
