/**
 * ocop: scoring and star rating of OCOP products (Chương trình Mỗi xã một sản phẩm).
 *
 * <p>Start with {@link vn.ocop.Ocop#scorer()}:
 * <pre>{@code
 * Scorer scorer = Ocop.scorer();
 * ScoreResult result = scorer.score(Sheet.builder("QD26-01").answer("1.1", 3) ... .build());
 * }</pre>
 * The criteria and star thresholds are Drools rules shipped by {@code vn.ocop:ocop-rules}; this module
 * holds the model, the API and the JSON binding, and never depends on a rules engine.
 */
@NullMarked
package vn.ocop;

import org.jspecify.annotations.NullMarked;
