package vn.ocop.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.sheet.Sheet;

/**
 * A rules engine loaded with criteria sets. Implementations are immutable after construction and
 * safe to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ScoringEngine {

    /** @return the editions and criteria sets the engine can score */
    Catalogue catalogue();

    /** @return the province pack the engine was loaded with, empty for the national criteria */
    default java.util.Optional<vn.ocop.pack.PackInfo> pack() {
        return java.util.Optional.empty();
    }

    /**
     * Builds now whatever the engine would build on the first score of each of these sets. The default
     * does nothing.
     *
     * @param sets sets from {@link #catalogue()}
     */
    default void prepare(java.util.Collection<CriteriaSet> sets) {}

    /**
     * Runs the rules on a sheet that was already validated against {@code set}. The engine returns what its
     * rules decided; the core builds the result from it.
     *
     * @param set     the sheet's criteria set, taken from {@link #catalogue()}
     * @param sheet   a valid sheet of that set
     * @param options scoring options
     * @return what the rules decided
     */
    Outcome evaluate(CriteriaSet set, Sheet sheet, ScoringOptions options);

    /**
     * Runs the rules on a council: the band on the mean total, the minimum markers on the values the core
     * computed ({@link CouncilTally#checked()}), the stop and rejection rules on the members' findings.
     *
     * @param set     the criteria set of every member
     * @param tally   the members' per-criterion sums and the values the markers are checked on
     * @param options scoring options
     * @return what the rules decided; each award's points are the criterion's mean
     */
    Outcome evaluateCouncil(CriteriaSet set, CouncilTally tally, ScoringOptions options);

    /**
     * Runs the portfolio rules' due list over the recognitions of a portfolio.
     *
     * @param holdings  every recognition of every product, in the portfolio's order
     * @param asOf      the date the list is for
     * @param windowEnd the last day of the expiry window ({@code asOf} plus the months asked for)
     * @param inForce   the edition in force on {@code asOf} (its re-evaluation window)
     * @return one item per product and reason, in any order
     * @throws UnsupportedOperationException when the engine has no portfolio rules
     */
    default java.util.List<vn.ocop.portfolio.Due> due(
            java.util.List<Holding> holdings,
            java.time.LocalDate asOf,
            java.time.LocalDate windowEnd,
            vn.ocop.catalogue.Edition inForce) {
        throw new UnsupportedOperationException("this scoring engine has no portfolio rules");
    }

    /**
     * Runs the portfolio statistics rules over the recognitions of a portfolio.
     *
     * @param holdings every recognition of every product, in the portfolio's order
     * @param asOf     the date
     * @return how each product was classified, in any order
     * @throws UnsupportedOperationException when the engine has no portfolio rules
     */
    default java.util.List<Classification> classify(java.util.List<Holding> holdings, java.time.LocalDate asOf) {
        throw new UnsupportedOperationException("this scoring engine has no portfolio rules");
    }

    /**
     * Runs the plan rules: which recognitions count towards which target on a date.
     *
     * @param holdings   every recognition of every product decided on or before {@code asOf}, in the portfolio's
     *                   order
     * @param localities where each product is made, by its id
     * @param targets    the plan's targets
     * @param asOf       the date
     * @return every recognition that counts towards a target, in any order
     * @throws UnsupportedOperationException when the engine has no portfolio rules
     */
    default java.util.List<Contribution> contributions(
            java.util.List<Holding> holdings,
            java.util.Map<String, vn.ocop.portfolio.Locality> localities,
            java.util.List<vn.ocop.portfolio.PlanTarget> targets,
            java.time.LocalDate asOf) {
        throw new UnsupportedOperationException("this scoring engine has no portfolio rules");
    }

    /**
     * Which criteria of an earlier edition's sets are which criteria of a later edition's, and whether their
     * options are the same: what {@link vn.ocop.Scorer#migrate} carries a sheet by.
     *
     * @return the correspondences the engine's rule files record; none by default
     */
    default java.util.List<vn.ocop.catalogue.Correspondence> correspondences() {
        return java.util.List.of();
    }
}
