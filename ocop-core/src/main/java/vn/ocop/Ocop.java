package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.internal.EngineLoader;

/**
 * The entry point.
 *
 * <pre>{@code
 * Scorer scorer = Ocop.scorer();                       // national criteria, default options
 * ScoreResult r = scorer.score(sheet);
 * r.total(); r.stars(); r.failedMinimums();
 * }</pre>
 *
 * <p>The national rule base is loaded once, on first use, and shared by every scorer; each criteria
 * set's rules are built the first time a sheet of that set is scored. See
 * {@code vn.ocop.examples.EmbedScorer} in ocop-examples for a complete program.
 */
@API(status = STABLE, since = "0.1.0")
public final class Ocop {

    private Ocop() {}

    /**
     * @return a scorer with the default options over the national criteria
     * @throws OcopException when no scoring engine is on the class path (add {@code vn.ocop:ocop-rules})
     */
    public static Scorer scorer() {
        return scorer(ScoringOptions.defaults());
    }

    /**
     * @param options scoring options
     * @return a scorer with those options over the national criteria
     * @throws OcopException when no scoring engine is on the class path (add {@code vn.ocop:ocop-rules})
     */
    public static Scorer scorer(ScoringOptions options) {
        return EngineLoader.nationalScorer(options);
    }

    /**
     * @return the national editions and criteria sets
     * @throws OcopException when no scoring engine is on the class path
     */
    public static Catalogue catalogue() {
        return EngineLoader.national().catalogue();
    }

    /**
     * Reads a portfolio kept as a table: a workbook ({@code .xlsx}) or a CSV file whose first row names the
     * columns of the portfolio contract, one row per recognition ({@code docs/portfolio.md}). Every problem is
     * added, named by its cell ({@code Sheet1!G3}); the products are complete only when none was added.
     *
     * @param file     the file's name ({@code .xlsx}: a workbook; anything else: CSV), for messages
     * @param bytes    its content
     * @param limits   the bounds on what is read ({@link Limit#TABLE_CELLS}, {@link Limit#PORTFOLIO_PRODUCTS})
     * @param problems where problems are added
     * @return the products, in the order of their first rows
     * @throws LimitExceededException when the table is larger than the limits allow
     * @throws OcopException          when no engine on the class path reads tables (add {@code vn.ocop:ocop-packs})
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
    public static java.util.List<vn.ocop.portfolio.PortfolioProduct> readPortfolioTable(
            String file, byte[] bytes, Limits limits, java.util.List<SheetProblem> problems) {
        return EngineLoader.provider().readPortfolioTable(file, bytes, limits, problems);
    }
}
