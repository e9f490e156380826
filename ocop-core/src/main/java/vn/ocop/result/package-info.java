/**
 * The output: a {@link vn.ocop.result.ScoreResult} with points per criterion (each traced to the
 * rule and file that awarded it), group, part and total scores, the band and final star levels,
 * failed minimum markers per star level, stop rules and disqualifications that applied.
 */
@NullMarked
package vn.ocop.result;

import org.jspecify.annotations.NullMarked;
