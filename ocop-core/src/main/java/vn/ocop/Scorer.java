package vn.ocop;

import vn.ocop.catalogue.Catalogue;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * Scores sheets. Obtain one from {@link Ocop#scorer()}; it is immutable and safe to share between
 * threads.
 */
public interface Scorer {

    /**
     * Validates a sheet against its criteria set and scores it.
     *
     * @param sheet the sheet
     * @return the result
     * @throws InvalidSheetException listing every problem of the sheet, each with its JSON path
     */
    ScoreResult score(Sheet sheet);

    /**
     * Reads a sheet from JSON, validates and scores it; structural and catalogue problems are reported
     * together.
     *
     * @param json   the sheet as JSON (see {@link Sheet})
     * @param source where it came from, for messages (a file name, for example)
     * @return the result
     * @throws InvalidSheetException listing every problem of the sheet, each with its JSON path
     */
    ScoreResult scoreJson(String json, String source);

    /** @return the editions and criteria sets this scorer knows */
    Catalogue catalogue();

    /** @return the options this scorer applies */
    ScoringOptions options();
}
