package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What failed minimum markers do to the star level. The decision lists the markers
 * ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao") but does not spell out what happens
 * when the total reaches a band and a marker of that band fails, so the choice is explicit.
 */
@API(status = STABLE, since = "0.1.0")
public enum MarkerPolicy {
    /**
     * Default: the product gets the highest star level N, at most its band, whose markers all pass
     * (markers are cumulative: level N needs every marker of levels up to N).
     */
    HIGHEST_PASSING_LEVEL,
    /** Markers are checked and reported, but the final stars are the band's. */
    REPORT_ONLY
}
