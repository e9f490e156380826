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

    /** The name of the file in an edition's folder that says which earlier criteria its sets carry. */
    public static final String CARRIED_FILE = "carried.csv";

    /**
     * Reads what every edition's {@value #CARRIED_FILE} says: which criterion of an earlier edition's set is which
     * criterion of its own, and whether their options are the same (an answer then carries). Columns: from set,
     * from criterion, to set, to criterion, {@code SAME} or {@code CHANGED}; the first line is the header.
     *
     * @param loader the class loader of the rule files
     * @return the correspondences of every edition that has the file, in file order
     * @throws RuleFileException naming the file, line and cell of a row that cannot be read
     */
    public static List<vn.ocop.catalogue.Correspondence> correspondences(ClassLoader loader) {
        List<vn.ocop.catalogue.Correspondence> out = new ArrayList<>();
        for (Csv.Row index : Csv.parse(INDEX, read(loader, INDEX))) {
            String file = index.cell(1) + "/" + CARRIED_FILE;
            if (index.line() == 1 || index.isBlank() || !exists(loader, file)) {
                continue;
            }
            for (Csv.Row row : Csv.parse(file, read(loader, file))) {
                if (row.line() == 1 || row.isBlank()) {
                    continue;
                }
                for (int c = 0; c < 4; c++) {
                    if (row.cell(c).isEmpty()) {
                        throw new RuleFileException(file, row.line(), row.cellName(c), "the cell is empty");
                    }
                }
                String relation = row.cell(4);
                if (!relation.equals("SAME") && !relation.equals("CHANGED")) {
                    throw new RuleFileException(
                            file,
                            row.line(),
                            row.cellName(4),
                            "the relation is SAME or CHANGED, not '" + relation + "'");
                }
                out.add(new vn.ocop.catalogue.Correspondence(
                        row.cell(0), row.cell(1), row.cell(2), row.cell(3), relation.equals("SAME")));
            }
        }
        return List.copyOf(out);
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
