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
import vn.ocop.internal.Csv;
import vn.ocop.internal.RuleTables;

/**
 * Reads the catalogue of the national rule files on the class path: {@code vn/ocop/rules/editions.csv}
 * lists the editions, each edition file lists its criteria sets.
 */
public final class ClasspathRules {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClasspathRules.class);
    static final String INDEX = "vn/ocop/rules/editions.csv";

    private ClasspathRules() {
    }

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
        List<Edition> editions = new ArrayList<>();
        for (Csv.Row row : Csv.parse(INDEX, read(loader, INDEX))) {
            if (row.line() == 1 || row.isBlank()) {
                continue;
            }
            String folder = row.cell(1);
            String editionFile = folder + "/edition.drl.csv";
            String classificationFile = folder + "/classification.csv";
            Edition edition = RuleTables.readEdition(editionFile, Csv.parse(editionFile, read(loader, editionFile)),
                    exists(loader, classificationFile) ? read(loader, classificationFile) : null,
                    relative -> {
                        String setFile = folder + "/" + relative;
                        return RuleTables.readSet(setFile, Csv.parse(setFile, read(loader, setFile)), RuleTables.SCALE,
                                problems);
                    }, RuleTables.SCALE, problems);
            if (!edition.id().equals(row.cell(0))) {
                throw new RuleFileException(INDEX, row.line(), row.cellName(0), "folder " + folder
                        + " holds edition " + edition.id() + ", not " + row.cell(0));
            }
            editions.add(edition);
        }
        editions.sort(Comparator.comparing(Edition::effectiveFrom).reversed());
        return new Catalogue(editions);
    }

    private static boolean exists(ClassLoader loader, String path) {
        return loader.getResource(path) != null;
    }

    /** @param loader class loader @param path resource @return its UTF-8 text */
    public static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new OcopException("rule file " + path + " is missing from the class path (is ocop-rules complete?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OcopException("cannot read rule file " + path + ": " + e.getMessage(), e);
        }
    }
}
