package vn.ocop.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ocop.OcopException;
import vn.ocop.RuleFileException;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.Edition;
import vn.ocop.rules.internal.files.Csv;
import vn.ocop.rules.internal.files.RuleFiles;

/**
 * Reads the catalogue of the national rule files on the class path: {@code vn/ocop/rules/editions.csv}
 * lists the editions, each edition file lists its criteria sets.
 */
public final class ClasspathRules {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClasspathRules.class);
    public static final String INDEX = "vn/ocop/rules/editions.csv";

    private ClasspathRules() {}

    static Catalogue load(ClassLoader loader) {
        List<RuleFileException> problems = new ArrayList<>();
        Catalogue catalogue = load(loader, problems);
        problems.forEach(p -> LOG.debug("known defect of the national source text: {}", p.getMessage()));
        return catalogue;
    }

    /**
     * @param loader   the class loader holding the rule files
     * @param problems receives the arithmetic problems of the national files: the known defects of the
     *                 transcribed source texts, each also recorded as a {@code DataIssue} row of its set
     * @return the national catalogue
     */
    static Catalogue load(ClassLoader loader, List<RuleFileException> problems) {
        return load(path -> exists(loader, path) ? read(loader, path) : null, problems);
    }

    /**
     * @param reader   the text of a rule file by its path (such as {@code vn/ocop/rules/editions.csv}), or
     *                 {@code null} when there is no such file
     * @param problems receives the arithmetic problems of the national files
     * @return the national catalogue
     */
    public static Catalogue load(java.util.function.Function<String, String> reader, List<RuleFileException> problems) {
        List<Edition> editions = new ArrayList<>();
        for (Csv.Row row : Csv.parse(INDEX, required(reader, INDEX))) {
            if (row.line() == 1 || row.isBlank()) {
                continue;
            }
            String folder = row.cell(1);
            String editionFile = folder + "/" + EDITION_FILE;
            Edition edition = RuleFiles.readEdition(
                    editionFile,
                    Csv.parse(editionFile, required(reader, editionFile)),
                    reader.apply(folder + "/classification.csv"),
                    relative -> {
                        String setFile = folder + "/" + relative;
                        return RuleFiles.readSet(
                                setFile, Csv.parse(setFile, required(reader, setFile)), RuleFiles.SCALE, problems);
                    },
                    RuleFiles.SCALE,
                    problems);
            if (!edition.id().equals(row.cell(0))) {
                throw new RuleFileException(
                        INDEX,
                        row.line(),
                        row.cellName(0),
                        "folder " + folder + " holds edition " + edition.id() + ", not " + row.cell(0));
            }
            editions.add(edition);
        }
        editions.sort(Comparator.comparing(Edition::effectiveFrom).reversed());
        return new Catalogue(editions);
    }

    /** The name of an edition's file in its folder. */
    public static final String EDITION_FILE = "edition.csv";

    /**
     * @param file a national rule file, such as {@code vn/ocop/rules/qd26/s01/QD26-01.csv}
     * @return the Drools package of its rules: its folder, {@code vn.ocop.rules.qd26.s01}
     */
    public static String rulePackage(String file) {
        return file.substring(0, file.lastIndexOf('/')).replace('/', '.');
    }

    private static String required(java.util.function.Function<String, String> reader, String path) {
        String text = reader.apply(path);
        if (text == null) {
            throw new OcopException("rule file " + path + " is missing (is ocop-rules complete?)");
        }
        return text;
    }

    private static boolean exists(ClassLoader loader, String path) {
        return loader.getResource(path) != null;
    }

    /** @param loader class loader @param path resource @return its UTF-8 text */
    public static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new OcopException(
                        "rule file " + path + " is missing from the class path (is ocop-rules complete?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OcopException("cannot read rule file " + path + ": " + e.getMessage(), e);
        }
    }
}
