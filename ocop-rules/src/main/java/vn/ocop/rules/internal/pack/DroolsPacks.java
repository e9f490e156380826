package vn.ocop.rules.internal.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import vn.ocop.internal.Csv;
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

    private DroolsPacks() {
    }

    /**
     * @param pack    the pack folder, jar or zip
     * @param options how to load it
     * @return the compiled pack
     * @throws InvalidPackException with every problem found
     */
    public static LoadedPack load(Path pack, PackOptions options) {
        long start = System.nanoTime();
        DroolsScoringEngine national = DroolsScoringEngine.national();
        ExecutableModels nationalModels = DroolsScoringEngine.nationalModels();
        PackLoader.Reading r = PackLoader.read(pack, options, national.catalogue(), f -> ClasspathRules.read(LOADER, f));
        List<PackProblem> problems = new ArrayList<>(r.problems());

        List<PackCompiler.Source> sources = new ArrayList<>();
        if (r.bandsChanged() && r.bandPackage() != null) {
            sources.add(new PackCompiler.Source(r.bandFile(), r.bandPackage(), r.bandRows(), null));
        }
        for (PackLoader.SetFile f : r.sets()) {
            if (f.changed() && f.rulePackage() != null) {
                sources.add(new PackCompiler.Source(f.file(), f.rulePackage(), f.rows(), null));
            }
        }
        for (PackLoader.DrlFile d : r.drl()) {
            sources.add(new PackCompiler.Source(d.file(), d.rulePackage(), null, d.text()));
        }
        PackCompiler.Output out = PackCompiler.compile(sources);
        problems.addAll(out.problems());
        if (!problems.isEmpty()) {
            throw new InvalidPackException(pack.toString(), problems);
        }

        Map<String, KieBase> bases = new LinkedHashMap<>();
        CriteriaSet anyNational = r.national().sets().get(0);
        List<String> nationalPackages = nationalModels.packages(anyNational.id());
        for (CriteriaSet set : r.edition().sets()) {
            PackLoader.SetFile own = r.sets().stream().filter(f -> f.set() == set).findFirst().orElse(null);
            List<PackLoader.DrlFile> drl = r.drl().stream().filter(d -> d.set() == null || d.set().equals(set.id()))
                    .toList();
            if ((own == null || !own.changed()) && !r.bandsChanged() && drl.isEmpty()) {
                continue;
            }
            List<Model> models = new ArrayList<>();
            models.add(nationalModels.model(nationalPackages.get(0)));
            models.add(r.bandsChanged() ? out.models().get(r.bandPackage()) : nationalModels.model(nationalPackages.get(1)));
            models.add(own != null && own.changed() ? out.models().get(own.rulePackage())
                    : nationalModels.model(nationalModels.packages(set.id()).get(2)));
            drl.forEach(d -> models.add(out.models().get(d.rulePackage())));
            try {
                bases.put(set.id(), KieBaseBuilder.createKieBaseFromModel(models));
            } catch (RuntimeException e) {
                throw new InvalidPackException(pack.toString(), List.of(new PackProblem(
                        own != null ? own.file() : PackLoader.MANIFEST, 0, null, "the rule base of criteria set "
                        + set.id() + " cannot be assembled: " + e.getMessage())));
            }
        }
        List<Edition> editions = new ArrayList<>();
        for (Edition e : national.catalogue().editions()) {
            editions.add(e.id().equals(r.edition().id()) ? r.edition() : e);
        }
        DroolsScoringEngine engine = new DroolsScoringEngine(new Catalogue(editions), bases::get, r.info(), national);
        LOG.info("pack {} loaded from {} in {} ms: {} of {} criteria sets with their own rule base", r.info(), pack,
                (System.nanoTime() - start) / 1_000_000, bases.size(), r.edition().sets().size());
        return new LoadedPack(engine, r.warnings(), r.drl().stream().map(PackLoader.DrlFile::file).toList(),
                r.ruleChanges());
    }

    /**
     * Writes a national edition as a pack folder.
     *
     * @param editionId the edition
     * @param directory an empty or missing folder
     * @param format    {@code csv} or {@code xlsx}
     * @return the files written
     */
    public static List<String> export(String editionId, Path directory, String format) {
        String fmt = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("csv") && !fmt.equals("xlsx")) {
            throw new OcopException("export format must be csv or xlsx: '" + format + "'");
        }
        Catalogue catalogue = DroolsScoringEngine.national().catalogue();
        Edition edition = catalogue.edition(editionId).orElseThrow(() -> new OcopException("unknown edition '"
                + editionId + "' (known: " + String.join(", ", catalogue.editions().stream().map(Edition::id).toList())
                + ")"));
        try {
            if (Files.exists(directory)) {
                try (var entries = Files.list(directory)) {
                    if (!Files.isDirectory(directory) || entries.findAny().isPresent()) {
                        throw new OcopException("export folder " + directory + " must be empty or missing");
                    }
                }
            }
            Files.createDirectories(directory);
            String folder = edition.file().substring(0, edition.file().lastIndexOf('/') + 1);
            List<List<String>> manifest = new ArrayList<>();
            manifest.add(List.of("Pack", edition.id() + " (national)"));
            manifest.add(List.of("Version", edition.effectiveFrom().toString()));
            manifest.add(List.of("Edition", edition.id()));
            manifest.add(List.of("Scale", "100"));
            manifest.add(List.of("Description", "The national criteria of " + edition.act() + " as exported by ocop"
                    + " export-pack. Edit the files, then remove the rows of the sets you leave unchanged."));
            List<String> written = new ArrayList<>();
            String bands = write(directory, folder, relative(folder, edition.file()), fmt, written);
            manifest.add(List.of("Bands", bands));
            for (CriteriaSet s : edition.sets()) {
                manifest.add(List.of("Replace", s.id(), write(directory, folder, relative(folder, s.file()), fmt, written)));
            }
            Files.writeString(directory.resolve(PackLoader.MANIFEST), "\uFEFF" + Csv.write(manifest),
                    StandardCharsets.UTF_8);
            written.add(0, PackLoader.MANIFEST);
            return written;
        } catch (IOException e) {
            throw new OcopException("cannot write the pack to " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String relative(String folder, String file) {
        return file.startsWith(folder) ? file.substring(folder.length()) : file.substring(file.lastIndexOf('/') + 1);
    }

    private static String write(Path directory, String folder, String relative, String format, List<String> written)
            throws IOException {
        String text = ClasspathRules.read(LOADER, folder + relative);
        String name = format.equals("csv") ? relative : relative.replaceAll("\\.csv$", ".xlsx");
        Path target = directory.resolve(name);
        Files.createDirectories(target.getParent());
        if (format.equals("csv")) {
            // A byte-order mark tells spreadsheet programs the file is UTF-8 (Vietnamese text).
            Files.writeString(target, "\uFEFF" + text, StandardCharsets.UTF_8);
        } else {
            Files.write(target, Workbooks.write(PackLoader.layout(Csv.parse(relative, text))));
        }
        written.add(name);
        return name;
    }
}
