package vn.ocop.rules.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.RuleFileException;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.rules.internal.ClasspathRules;

/**
 * Writes the rules of the national rule files at build time, for kie-maven-plugin to compile to the
 * executable model: one {@code <SET>.generated.drl} beside each set file, one {@code edition.generated.drl}
 * beside each edition file. The same {@link RuleWriter} writes a province pack's rules when the pack is
 * loaded, so national and provincial sets become rules the same way. The generated files are build output
 * (ignored by git): edit the {@code .csv} files.
 */
public final class NationalRules {
    /** The ending of a generated rule file. */
    public static final String GENERATED = ".generated.drl";

    private NationalRules() {}

    /**
     * @param resources the resource folder holding {@code vn/ocop/rules}
     * @return the DRL of every national package, by the path it is written to
     */
    public static Map<String, String> generate(Path resources) {
        List<RuleFileException> problems = new ArrayList<>();
        Catalogue catalogue = ClasspathRules.load(
                path -> {
                    Path p = resources.resolve(path);
                    try {
                        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                problems);
        Map<String, String> out = new LinkedHashMap<>();
        for (Edition e : catalogue.editions()) {
            out.put(generatedPath(e.file()), RuleWriter.bands(ClasspathRules.rulePackage(e.file()), e));
            for (CriteriaSet s : e.sets()) {
                out.put(generatedPath(s.file()), RuleWriter.set(ClasspathRules.rulePackage(s.file()), s));
            }
        }
        return out;
    }

    /** @return {@code …/QD26-01.generated.drl} for {@code …/QD26-01.csv} */
    static String generatedPath(String file) {
        return file.replaceAll("\\.csv$", "") + GENERATED;
    }

    /**
     * Writes the generated rules.
     *
     * @param args the resource folder (default {@code src/main/resources})
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        Map<String, String> drl = generate(resources);
        int written = 0;
        for (Map.Entry<String, String> f : drl.entrySet()) {
            Path target = resources.resolve(f.getKey());
            if (!Files.exists(target)
                    || !Files.readString(target, StandardCharsets.UTF_8).equals(f.getValue())) {
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                written++;
            }
        }
        System.out.println(
                "ocop: " + drl.size() + " national rule files generated from the data files, " + written + " changed");
    }
}
