package vn.ocop.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Creates a {@link ScoringEngine}. Register an implementation in
 * {@code META-INF/services/vn.ocop.spi.ScoringEngineProvider}; {@link vn.ocop.Ocop} loads it with
 * {@link java.util.ServiceLoader}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ScoringEngineProvider {

    /** @return a short name of the engine, for messages */
    String name();

    /**
     * @return this provider's precedence when several are on the class path; the highest wins and a
     *         tie is an error
     */
    default int priority() {
        return 0;
    }

    /**
     * Creates the engine loaded with the national criteria this provider ships. May take a while;
     * {@link vn.ocop.Ocop} calls it once and shares the engine.
     *
     * @return the engine
     */
    ScoringEngine create();

    /**
     * Loads a province rule pack layered over the national criteria, completely or not at all.
     *
     * @param pack    a pack folder, or a {@code .jar} or {@code .zip} holding one
     * @param options how to load it
     * @return the compiled pack
     * @throws vn.ocop.pack.InvalidPackException listing every problem found, with file, line and cell
     */
    default LoadedPack loadPack(java.nio.file.Path pack, vn.ocop.pack.PackOptions options) {
        throw new vn.ocop.OcopException("the " + name() + " scoring engine cannot load rule packs");
    }

    /**
     * Checks a province rule pack as {@link #loadPack} does, for a report: every problem, and for a valid pack
     * its catalogue. An engine whose rules are written from checked values may skip compiling them; the
     * returned engine then serves the catalogue only and must not be used to score.
     *
     * @param pack    a pack folder, a {@code .jar} or {@code .zip} holding one, or a {@code pack.xlsx}
     * @param options how to load it
     * @return the checked pack
     * @throws vn.ocop.pack.InvalidPackException listing every problem found, with file, line and cell
     */
    default LoadedPack checkPack(java.nio.file.Path pack, vn.ocop.pack.PackOptions options) {
        return loadPack(pack, options);
    }

    /**
     * Writes a national edition as a pack: its manifest and every file of the edition, so that a province
     * starts from the official text.
     *
     * @param edition   the edition, for example {@code QD-26-2026}
     * @param directory an empty or missing folder
     * @param format    CSV files or the officer's workbook
     * @return the files written, relative to the folder
     */
    default java.util.List<String> exportEdition(
            String edition, java.nio.file.Path directory, vn.ocop.pack.PackFormat format) {
        throw new vn.ocop.OcopException("the " + name() + " scoring engine cannot export rule packs");
    }

    /**
     * Reads a portfolio kept as a table ({@link vn.ocop.Ocop#readPortfolioTable}).
     *
     * @param file     the file's name ({@code .xlsx}: a workbook; anything else: CSV)
     * @param bytes    its content
     * @param limits   the bounds on what is read
     * @param problems where problems are added, named by cell
     * @return the products
     */
    default java.util.List<vn.ocop.portfolio.PortfolioProduct> readPortfolioTable(
            String file, byte[] bytes, vn.ocop.Limits limits, java.util.List<vn.ocop.SheetProblem> problems) {
        throw new vn.ocop.OcopException(
                "the " + name() + " scoring engine reads no portfolio tables: add vn.ocop:ocop-packs to read " + file);
    }
}
