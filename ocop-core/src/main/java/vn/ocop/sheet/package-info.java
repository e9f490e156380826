/**
 * The input: one council member's scoring sheet (phiếu đánh giá) for one product, answering the
 * leaf criteria of one criteria set, plus any findings (dossier disqualifiers, stop rules).
 *
 * <p>Build a {@link vn.ocop.sheet.Sheet} with {@link vn.ocop.sheet.Sheet#builder(String)} or read
 * one from JSON with {@link vn.ocop.json.OcopJson#readSheet(String, String)}.
 */
@NullMarked
package vn.ocop.sheet;

import org.jspecify.annotations.NullMarked;
