package vn.ocop.rules.internal.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.OcopException;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackProblem;
import vn.ocop.rules.internal.ClasspathRules;
import vn.ocop.rules.internal.DroolsScoringEngine;
import vn.ocop.rules.internal.ExecutableModels;
import vn.ocop.spi.LoadedPack;

/**
 * Loads province packs over the national rule base, and exports national editions as packs.
 *
 * <p>A pack's rule base is assembled per criteria set from compiled models: the national models of what the
 * pack leaves alone (the common rules, and the sets and bands it does not change) and the models compiled
 * from the pack's own files. A set the pack does not touch at all is scored by the national engine's
 * session, so a pack costs only what it changes.
 */
public final class DroolsPacks {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsPacks.class);
    private static final ClassLoader LOADER = DroolsPacks.class.getClassLoader();

    private DroolsPacks() {}

    /**
     * @param pack    the pack folder, jar or zip
     * @param options how to load it
     * @return the compiled pack
     * @throws InvalidPackException with every problem found
     */
    public static LoadedPack load(Path pack, PackOptions options) {
        return load(pack, options, true);
    }

    /**
     * Checks a pack for {@code validate}: every cell, the arithmetic, the composition, and the compilation of
     * its trusted DRL. The rules the library writes from the checked cells are not compiled here (they are
     * made only of values of known grammars, and {@link #load} compiles them); the engine returned serves
     * the pack's catalogue and must not score.
     *
     * @param pack    the pack
     * @param options how to load it
     * @return the checked pack
     * @throws InvalidPackException with every problem found
     */
    public static LoadedPack check(Path pack, PackOptions options) {
        return load(pack, options, false);
    }

    private static LoadedPack load(Path pack, PackOptions options, boolean build) {
        long start = System.nanoTime();
        DroolsScoringEngine national = DroolsScoringEngine.national();
        ExecutableModels nationalModels = DroolsScoringEngine.nationalModels();
        PackLoader.Reading r = PackLoader.read(pack, options, national.catalogue(), DroolsPacks::nationalText);
        List<PackProblem> problems = r.problems();

        // Nothing is compiled while the pack has problems: a refused pack reaches no compiler.
        if (!problems.isEmpty()) {
            throw new InvalidPackException(pack.toString(), problems);
        }
        List<PackCompiler.Source> sources = new ArrayList<>();
        if (build && r.bandsChanged()) {
            sources.add(new PackCompiler.Source(r.bandFile(), r.bandPackage(), r.bandDrl(), true));
        }
        for (PackLoader.SetFile f : r.sets()) {
            if (build && f.changed()) {
                sources.add(new PackCompiler.Source(f.file(), f.rulePackage(), f.drl(), true));
            }
        }
        for (PackLoader.DrlFile d : r.drl()) {
            sources.add(new PackCompiler.Source(d.file(), d.rulePackage(), d.text(), false));
        }
        PackCompiler.Output out = PackCompiler.compile(sources);
        if (!out.problems().isEmpty()) {
            throw new InvalidPackException(pack.toString(), out.problems());
        }

        Map<String, KieBase> bases = new LinkedHashMap<>();
        if (!build) {
            LOG.debug("pack {} checked in {} ms", r.info(), (System.nanoTime() - start) / 1_000_000);
            return loaded(
                    r,
                    national,
                    set -> {
                        throw new IllegalStateException("a checked pack does not score");
                    },
                    concern -> null);
        }
        CriteriaSet anyNational = r.national().sets().get(0);
        List<String> nationalPackages = nationalModels.packages(anyNational.id());
        for (CriteriaSet set : r.edition().sets()) {
            PackLoader.SetFile own =
                    r.sets().stream().filter(f -> f.set() == set).findFirst().orElse(null);
            List<PackLoader.DrlFile> drl = r.drl().stream()
                    .filter(d -> d.set() == null || d.set().equals(set.id()))
                    .toList();
            if ((own == null || !own.changed()) && !r.bandsChanged() && drl.isEmpty()) {
                continue;
            }
            List<Model> models = new ArrayList<>();
            models.add(nationalModels.model(nationalPackages.get(0)));
            models.add(
                    r.bandsChanged()
                            ? out.models().get(r.bandPackage())
                            : nationalModels.model(nationalPackages.get(1)));
            models.add(
                    own != null && own.changed()
                            ? out.models().get(own.rulePackage())
                            : nationalModels.model(
                                    nationalModels.packages(set.id()).get(2)));
            drl.forEach(d -> models.add(out.models().get(d.rulePackage())));
            try {
                bases.put(set.id(), KieBaseBuilder.createKieBaseFromModel(models));
            } catch (RuntimeException e) {
                throw new InvalidPackException(
                        pack.toString(),
                        List.of(new PackProblem(
                                own != null ? own.file() : PackLoader.MANIFEST,
                                0,
                                null,
                                "the rule base of criteria set " + set.id() + " cannot be assembled: "
                                        + e.getMessage())));
            }
        }
        // Trusted DRL named for a portfolio concern joins the library's rules of that concern.
        Map<String, KieBase> portfolio = new LinkedHashMap<>();
        for (String concern : PackLoader.PORTFOLIO_CONCERNS) {
            List<PackLoader.DrlFile> drl =
                    r.drl().stream().filter(d -> concern.equals(d.set())).toList();
            if (drl.isEmpty()) {
                continue;
            }
            List<Model> models = new ArrayList<>();
            nationalModels.packages(concern).forEach(pkg -> models.add(nationalModels.model(pkg)));
            drl.forEach(d -> models.add(out.models().get(d.rulePackage())));
            try {
                portfolio.put(concern, KieBaseBuilder.createKieBaseFromModel(models));
            } catch (RuntimeException e) {
                throw new InvalidPackException(
                        pack.toString(),
                        List.of(new PackProblem(
                                drl.get(0).file(),
                                0,
                                null,
                                "the portfolio rules of " + concern + " cannot be assembled: " + e.getMessage())));
            }
        }
        LOG.info(
                "pack {} loaded from {} in {} ms: {} of {} criteria sets with their own rule base",
                r.info(),
                pack,
                (System.nanoTime() - start) / 1_000_000,
                bases.size(),
                r.edition().sets().size());
        return loaded(r, national, bases::get, portfolio::get);
    }

    /** The pack's engine: the national catalogue with the pack's edition in place of its own, and the bases. */
    private static LoadedPack loaded(
            PackLoader.Reading r,
            DroolsScoringEngine national,
            java.util.function.Function<String, KieBase> bases,
            java.util.function.Function<String, KieBase> portfolio) {
        List<Edition> editions = new ArrayList<>();
        for (Edition e : national.catalogue().editions()) {
            editions.add(e.id().equals(r.edition().id()) ? r.edition() : e);
        }
        DroolsScoringEngine engine =
                new DroolsScoringEngine(new Catalogue(editions), bases, r.info(), national, portfolio);
        return new LoadedPack(
                engine,
                r.warnings(),
                r.drl().stream().map(PackLoader.DrlFile::file).toList());
    }

    /**
     * Writes a national edition as a pack folder: CSV files, or the officer's workbook {@code pack.xlsx}.
     *
     * @param editionId the edition
     * @param directory an empty or missing folder
     * @param format    {@code csv} or {@code xlsx}
     * @return the files written
     */
    public static List<String> export(String editionId, Path directory, vn.ocop.pack.PackFormat format) {
        String fmt = format.name().toLowerCase(Locale.ROOT);
        Catalogue catalogue = DroolsScoringEngine.national().catalogue();
        Edition edition = catalogue
                .edition(editionId)
                .orElseThrow(() -> new OcopException("unknown edition '"
                        + editionId + "' (known: "
                        + String.join(
                                ", ",
                                catalogue.editions().stream().map(Edition::id).toList())
                        + ")"));
        return PackExport.export(edition, DroolsPacks::nationalText, directory, fmt);
    }

    /** @return the text of a national rule file, or {@code null} when there is none */
    private static String nationalText(String path) {
        return LOADER.getResource(path) == null ? null : ClasspathRules.read(LOADER, path);
    }
}
