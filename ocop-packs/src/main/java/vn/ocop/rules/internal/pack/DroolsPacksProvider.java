package vn.ocop.rules.internal.pack;

import java.nio.file.Path;
import java.util.List;
import vn.ocop.pack.PackOptions;
import vn.ocop.rules.internal.DroolsScoringEngineProvider;
import vn.ocop.spi.LoadedPack;

/**
 * The Drools engine with province packs: ocop-rules' provider, plus loading, checking and exporting packs.
 * Its priority is above ocop-rules' own, so that {@link java.util.ServiceLoader} picks it whenever
 * {@code vn.ocop:ocop-packs} is on the class path. Public for the service loader only.
 */
public final class DroolsPacksProvider extends DroolsScoringEngineProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public DroolsPacksProvider() {}

    @Override
    public int priority() {
        return 1;
    }

    @Override
    public LoadedPack loadPack(Path pack, PackOptions options) {
        return DroolsPacks.load(pack, options);
    }

    @Override
    public LoadedPack checkPack(Path pack, PackOptions options) {
        return DroolsPacks.check(pack, options);
    }

    @Override
    public List<String> exportEdition(String edition, Path directory, vn.ocop.pack.PackFormat format) {
        return DroolsPacks.export(edition, directory, format);
    }

    @Override
    public List<vn.ocop.portfolio.PortfolioProduct> readPortfolioTable(
            String file, byte[] bytes, vn.ocop.Limits limits, List<vn.ocop.SheetProblem> problems) {
        return vn.ocop.rules.workbook.PortfolioTables.read(
                file,
                bytes,
                limits,
                vn.ocop.rules.internal.DroolsScoringEngine.national().catalogue().editions().stream()
                        .map(vn.ocop.catalogue.Edition::id)
                        .toList(),
                problems);
    }
}
