/**
 * JSON binding of sheets, results and the catalogue, with Jackson. The field names are a public
 * contract: see {@link vn.ocop.sheet.Sheet} and {@link vn.ocop.result.ScoreResult}.
 */
@NullMarked
package vn.ocop.json;

import org.jspecify.annotations.NullMarked;
