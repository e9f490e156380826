package vn.ocop.spi;

import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * A rules engine loaded with criteria sets. Implementations are immutable after construction and
 * safe to share between threads.
 */
public interface ScoringEngine {

    /** @return the editions and criteria sets the engine can score */
    Catalogue catalogue();

    /** @return the province pack the engine was loaded with, or {@code null} for the national criteria */
    default vn.ocop.pack.PackInfo pack() {
        return null;
    }

    /**
     * Builds now whatever the engine would build on the first score of each of these sets. The default
     * does nothing.
     *
     * @param sets sets from {@link #catalogue()}
     */
    default void prepare(java.util.Collection<CriteriaSet> sets) {
    }

    /**
     * Scores a sheet that was already validated against {@code set}.
     *
     * @param set     the sheet's criteria set, taken from {@link #catalogue()}
     * @param sheet   a valid sheet of that set
     * @param options scoring options
     * @return the result
     */
    ScoreResult score(CriteriaSet set, Sheet sheet, ScoringOptions options);

    /**
     * Scores a council on its members' per-criterion means. The values the minimum markers are checked on
     * follow {@link ScoringOptions#markerBasis()}.
     *
     * @param set      the criteria set of every member
     * @param members  the members' results, from {@link #score}
     * @param findings the findings of any member (a dossier or stop finding applies to the product)
     * @param options  scoring options
     * @return the council's result, without {@link ScoreResult#council()} (the caller adds it)
     */
    ScoreResult scoreCouncil(CriteriaSet set, java.util.List<ScoreResult> members,
                             java.util.List<vn.ocop.sheet.Finding> findings, ScoringOptions options);
}
