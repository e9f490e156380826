/**
 * The criteria catalogue: editions (Quyết định), their classification of products into
 * categories, groups and subgroups, and the criteria sets (bộ tiêu chí) with their parts,
 * groups, criteria, options, star markers and stop rules.
 *
 * <p>Every type here is an immutable record read from the rule files that also score the
 * products, so the catalogue and the rules cannot disagree. Vietnamese labels are the
 * official wording; English glosses are given where the reference data has one.
 */
@NullMarked
package vn.ocop.catalogue;

import org.jspecify.annotations.NullMarked;
