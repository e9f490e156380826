/**
 * Property-based checks for national editions and province packs: extend
 * {@link vn.ocop.testkit.RuleSetProperties}, or build properties of your own from
 * {@link vn.ocop.testkit.OcopArbitraries} and {@link vn.ocop.testkit.ReferenceScorer}. See {@code docs/testkit.md}.
 */
package vn.ocop.testkit;
