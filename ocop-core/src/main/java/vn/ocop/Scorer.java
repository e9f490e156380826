package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.concurrent.Executor;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.result.BatchItem;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * Scores sheets. Obtain one from {@link Ocop#scorer()}; it is immutable and safe to share between
 * threads.
 */
@API(status = STABLE, since = "0.1.0")
public interface Scorer {

    /**
     * Validates a sheet against its criteria set and scores it.
     *
     * @param sheet the sheet
     * @return the result
     * @throws InvalidSheetException listing every problem of the sheet, each with its JSON path
     * @throws NullPointerException  when {@code sheet} is null
     */
    ScoreResult score(Sheet sheet);

    /**
     * Validates and scores many sheets, as {@link #score(Sheet)} does each: for re-scoring a portfolio. Every
     * sheet is validated before any is scored. The sheets are then scored grouped by criteria set, so that a
     * set's rule base stays in the processor's caches (on the project's two-core machine this alone makes
     * a mixed portfolio 1.3 to 1.7 times faster than scoring in arrival order), and spread over the
     * available processors: the calling thread takes one share, the others run on the common fork-join pool
     * ({@link #scoreAll(List, Executor)} takes your executor). The calling thread waits for the whole batch.
     *
     * @param sheets the sheets, of any criteria sets and editions
     * @return one result per sheet, in the order of {@code sheets}
     * @throws InvalidSheetException listing every problem of every invalid sheet, each path prefixed with
     *                               the sheet's position ({@code sheets[3] $.answers["1.1"]}); nothing is
     *                               scored then
     */
    List<ScoreResult> scoreAll(List<Sheet> sheets);

    /**
     * {@link #scoreAll(List)} with the shares beyond the caller's run on {@code executor}. An {@link Error} of
     * any share (out of memory, …) reaches the caller as it was thrown.
     *
     * @param sheets   the sheets
     * @param executor where the work runs besides the calling thread, or {@code null} for the common pool
     * @return one result per sheet, in the order of {@code sheets}
     * @throws InvalidSheetException as {@link #scoreAll(List)}
     */
    List<ScoreResult> scoreAll(List<Sheet> sheets, @Nullable Executor executor);

    /**
     * Scores every valid sheet of a batch and returns the problems of the others, instead of
     * {@link #scoreAll(List)}'s all or nothing: for a portfolio where one bad sheet must not hold back the rest.
     *
     * @param sheets   the sheets (a {@code null} entry is reported as a problem of its position)
     * @param executor where the work runs besides the calling thread, or {@code null} for the common pool
     * @return one item per sheet, in the order of {@code sheets}: its result, or its problems (each carrying
     *         the position)
     */
    List<BatchItem> scoreEach(List<Sheet> sheets, @Nullable Executor executor);

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

    /**
     * Scores a council: validates every member's sheet, scores each, then scores the product on the
     * members' per-criterion means (the band applies to the exact mean total; markers are checked on
     * the means or on every member, as {@link ScoringOptions#markerBasis()} says). The result's
     * {@link ScoreResult#council()} lists the members, the spread of their totals and the quorum.
     *
     * @param members the members' sheets, all of the same criteria set and edition
     * @return the council's result
     * @throws InvalidSheetException   listing every problem of every sheet, or a mix of sets or editions
     * @throws CouncilSpreadException when the members' totals spread more than allowed and
     *                                {@link SpreadPolicy#ERROR} is chosen
     */
    ScoreResult scoreCouncil(java.util.List<vn.ocop.sheet.Sheet> members);

    /**
     * Reads the members' sheets from JSON and scores them as one council.
     *
     * @param jsonBySource each member's sheet as JSON, keyed by where it came from, in member order
     * @return the council's result
     * @throws InvalidSheetException listing every problem, each path prefixed with its source
     */
    ScoreResult scoreCouncilJson(java.util.Map<String, String> jsonBySource);

    /**
     * Scores a council as it sat: the sheets of the scoring seats (chair and members; experts when
     * {@link ScoringOptions#expertsScore()}) count, the secretary's does not, and a scoring seat without a sheet
     * is absent. The result's {@link ScoreResult#council()} gives every seat, the completion ("6 of 7") and
     * whether the council is complete ({@link ScoringOptions#quorum()}), every pair of members further apart
     * than {@link ScoringOptions#maxSpread()}, the members further than {@link ScoringOptions#farFromMean()}
     * from the mean, the level and the rounding ({@link ScoringOptions#rounding()}).
     *
     * @param sitting the sitting
     * @return the council's result
     * @throws InvalidSheetException   listing every problem of every counted sheet (paths such as
     *                                 {@code $.members[2].sheet.answers["1.1"]}), or when no scoring seat has a sheet
     * @throws CouncilSpreadException as {@link #scoreCouncil} does
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
    ScoreResult scoreSitting(vn.ocop.sheet.Sitting sitting);

    /**
     * Reads a sitting from JSON ({@link vn.ocop.sheet.Sitting}'s form) and scores it.
     *
     * @param json   the sitting as JSON
     * @param source where it came from, for messages
     * @return the council's result
     * @throws InvalidSheetException listing every problem, with its JSON path in the sitting
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
    ScoreResult scoreSittingJson(String json, String source);

    /**
     * Lists what is due in a portfolio on a date, by the portfolio rules (Drools, {@code
     * vn/ocop/rules/portfolio/due.drl}): certificates expiring within {@code withinMonths}, re-evaluation
     * filing windows open (the edition in force says when: 26/2026, 180 to 120 days before expiry), late
     * filers in the 180-day grace after expiry, lapsed certificates, and products recognised under an earlier
     * edition than the one in force. Only each product's latest recognition counts; a certificate's expiry is
     * the one given, else its recognition date plus its edition's validity (36 months).
     *
     * @param products     the portfolio
     * @param asOf         the date
     * @param withinMonths the expiry window, in months (0 or more)
     * @return the due list
     * @throws IllegalArgumentException when {@code withinMonths} is negative, or no edition is in force on
     *                                  {@code asOf}
     * @throws vn.ocop.portfolio.InvalidPortfolioException when ids repeat or are empty, or a recognition names an
     *                                  edition the catalogue does not have or expires before it was decided
     *                                  (recognitions decided after {@code asOf} do not count)
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
    vn.ocop.portfolio.DueList due(
            java.util.List<vn.ocop.portfolio.PortfolioProduct> products, java.time.LocalDate asOf, int withinMonths);

    /**
     * A portfolio's statistics on a date: the rules ({@code vn/ocop/rules/portfolio/stats/stats.drl}) classify
     * each product by its latest recognition (recognised on the date, re-evaluated up, down or to the same
     * stars, lost), and the recognised products are counted by stars, category, province, commune and edition;
     * every recognition by year.
     *
     * @param products the portfolio
     * @param asOf     the date
     * @return the statistics
     * @throws vn.ocop.portfolio.InvalidPortfolioException as {@link #due} does
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
    vn.ocop.portfolio.PortfolioStats stats(
            java.util.List<vn.ocop.portfolio.PortfolioProduct> products, java.time.LocalDate asOf);

    /**
     * A plan's progress on a date: the rules ({@code vn/ocop/rules/portfolio/plan/plan.drl}) find which products
     * count towards each target (new, held, re-evaluated, upgraded, in each commune listed), and each target
     * is given its goal, what is achieved, and its status.
     *
     * @param products the portfolio
     * @param plan     the plan
     * @param asOf     the date
     * @return each target's progress, in the plan's order
     * @throws vn.ocop.portfolio.InvalidPortfolioException as {@link #due} does
     */
    /**
     * Carries a sheet to a later edition for a re-evaluation: every answer whose criterion and options are the
     * same in both editions (as the rule files record it, {@code vn/ocop/rules/qd26/carried.csv}) goes to its
     * counterpart, renumbered where the codes differ; the rest of the later set is listed to be assessed afresh.
     *
     * @param sheet     a complete sheet of the earlier edition
     * @param toEdition the later edition, such as {@code QD-26-2026}
     * @return the new sheet (the carried answers only) and the report
     * @throws InvalidSheetException    when the sheet is not valid
     * @throws IllegalArgumentException when the edition is unknown, is the sheet's own, or the rule files carry
     *                                  nothing of the sheet's set to it
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
    vn.ocop.sheet.Migration migrate(vn.ocop.sheet.Sheet sheet, String toEdition);

    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
    vn.ocop.portfolio.PlanProgress plan(
            java.util.List<vn.ocop.portfolio.PortfolioProduct> products,
            vn.ocop.portfolio.Plan plan,
            java.time.LocalDate asOf);

    /**
     * Advises a sheet below 5★: for each higher star level, the smallest sets of answer changes that reach
     * it (fewest criteria changed, then fewest rungs climbed), honouring that level's minimum markers. The
     * search is exact; every proposal is checked by scoring the changed sheet with the rules.
     *
     * @param sheet        the sheet
     * @param alternatives how many proposals to return per level (at least 1)
     * @return the advice; no targets for a 5★ sheet
     * @throws InvalidSheetException listing every problem of the sheet
     */
    vn.ocop.result.Advice advise(Sheet sheet, int alternatives);

    /**
     * Advises a council below 5★ the same way, on its per-criterion means: a change means every member
     * choosing that option, so the criterion's mean becomes the option's points. Proposals are checked by
     * scoring the changed council.
     *
     * @param members      the members' sheets
     * @param alternatives how many proposals to return per level (at least 1)
     * @return the advice
     * @throws InvalidSheetException  as {@link #scoreCouncil} does
     * @throws CouncilSpreadException as {@link #scoreCouncil} does
     */
    vn.ocop.result.Advice adviseCouncil(java.util.List<Sheet> members, int alternatives);

    /**
     * Builds now what scoring otherwise builds on the first use of each criteria set (its rule base), for
     * every set of every edition, in parallel on the available processors. For a host that wants the
     * whole catalogue ready at start-up rather than paying on the first call per set; scoring works the
     * same without it.
     *
     * @return the number of criteria sets made ready
     * @throws OcopException when a rule base fails to build
     */
    int prepare();

    /** @return the editions and criteria sets this scorer knows */
    Catalogue catalogue();

    /** @return the options this scorer applies */
    ScoringOptions options();
}
