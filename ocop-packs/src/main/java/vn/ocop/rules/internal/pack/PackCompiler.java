package vn.ocop.rules.internal.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.pack.PackProblem;

/**
 * Compiles the rules of a pack that differ from the national ones, all in one build of the executable
 * model, and hands back one compiled model per rule package. The sources are the rules the library wrote
 * from the pack's tables ({@code generated}), which compile unless the library itself is broken, and the
 * pack's trusted DRL files, whose errors are reported with their line.
 */
final class PackCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(PackCompiler.class);
    private static final AtomicLong BUILDS = new AtomicLong();
    /** More errors than this per file are summarised: one mistake in a DRL file can repeat in many rules. */
    static final int ERRORS_PER_FILE = 20;

    /** A file to compile: DRL written by the library from a table of the pack, or a trusted DRL file. */
    record Source(String file, String rulePackage, String drl, boolean generated) {}

    /** The outcome: models by package, or the problems. */
    record Output(Map<String, Model> models, List<PackProblem> problems) {}

    private PackCompiler() {}

    /**
     * Compiles the sources. Drools' executable-model code generator changes the case of Java keywords with
     * the default locale, so under a Turkish or Azerbaijani default locale it writes {@code ınt} for
     * {@code int} and nothing compiles. For such locales the default locale is switched to
     * {@link java.util.Locale#ROOT} while the compiler runs (one compile at a time), and restored after.
     */
    static synchronized Output compile(List<Source> sources) {
        if (sources.isEmpty()) {
            return new Output(new LinkedHashMap<>(), new ArrayList<>());
        }
        java.util.Locale locale = java.util.Locale.getDefault();
        boolean caseSafe =
                "I".toLowerCase(locale).equals("i") && "i".toUpperCase(locale).equals("I");
        if (caseSafe) {
            return compileInLocale(sources);
        }
        LOG.info("compiling pack rules with the root locale: Drools' code generator fails under locale {}", locale);
        java.util.Locale display = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
        java.util.Locale format = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        try {
            java.util.Locale.setDefault(java.util.Locale.ROOT);
            return compileInLocale(sources);
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, display);
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, format);
        }
    }

    private static Output compileInLocale(List<Source> sources) {
        Map<String, Model> models = new LinkedHashMap<>();
        List<PackProblem> problems = new ArrayList<>();
        long start = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("vn.ocop.pack", "pack-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        Map<String, Source> byPath = new LinkedHashMap<>();
        Map<String, String> drlByPath = new LinkedHashMap<>();
        for (Source s : sources) {
            String drl = s.drl();
            String path = "src/main/resources/" + s.rulePackage().replace('.', '/') + "/pack" + byPath.size() + ".drl";
            kfs.write(path, drl);
            byPath.put(path, s);
            drlByPath.put(path, drl);
        }
        if (byPath.isEmpty()) {
            return new Output(models, problems);
        }
        // No kmodule.xml: the default KIE base holds every package, and writing one would need Drools' XML
        // module on the class path for nothing.
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            problems.add(new PackProblem(
                    sources.get(0).file(), 0, null, "the rules failed to compile: " + firstLine(e.getMessage())));
            return new Output(models, problems);
        }
        Map<String, Integer> perFile = new LinkedHashMap<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath();
            Source s = byPath.get(path);
            String drlPath = path;
            if (s == null && path.endsWith(".java")) {
                // Java generated from the rules: its folder is (under) the rule package; the longest match wins.
                int best = -1;
                for (Map.Entry<String, Source> e : byPath.entrySet()) {
                    String folder =
                            "src/main/java/" + e.getValue().rulePackage().replace('.', '/') + "/";
                    if (path.startsWith(folder) && folder.length() > best) {
                        best = folder.length();
                        s = e.getValue();
                        drlPath = e.getKey();
                    }
                }
            }
            if (s == null) {
                problems.add(new PackProblem(
                        sources.get(0).file(),
                        0,
                        null,
                        "compile error in " + m.getPath() + ": " + firstLine(m.getText())));
                continue;
            }
            PackProblem located = locate(s, drlByPath.get(drlPath), m);
            if (problems.contains(located)) {
                continue;
            }
            int n = perFile.merge(s.file(), 1, Integer::sum);
            if (n <= ERRORS_PER_FILE) {
                problems.add(located);
            }
        }
        perFile.forEach((file, n) -> {
            if (n > ERRORS_PER_FILE) {
                problems.add(new PackProblem(
                        file, 0, null, "… and " + (n - ERRORS_PER_FILE) + " more compile errors like the ones above"));
            }
        });
        if (problems.isEmpty()) {
            CanonicalKieModule compiled = (CanonicalKieModule) builder.getKieModule();
            for (var base : compiled.getKieModuleModel().getKieBaseModels().values()) {
                for (Model model : compiled.getModelForKBase((KieBaseModelImpl) base)) {
                    models.put(model.getPackageName(), model);
                }
            }
            for (Source s : byPath.values()) {
                if (!models.containsKey(s.rulePackage())) {
                    problems.add(new PackProblem(
                            s.file(),
                            0,
                            null,
                            "Drools compiled no rules for package " + s.rulePackage()
                                    + " (does the file hold any rule?)"));
                }
            }
        }
        ks.getRepository().removeKieModule(id);
        LOG.debug("compiled {} pack files in {} ms", byPath.size(), (System.nanoTime() - start) / 1_000_000);
        return new Output(models, problems);
    }

    /** An error located in its file: a line of a trusted DRL file, or the rule the library wrote. */
    private static PackProblem locate(Source s, String drl, Message m) {
        String text = firstLine(m.getText());
        if (!s.generated()) {
            return new PackProblem(s.file(), Math.max(0, m.getLine()), null, text);
        }
        String rule = null;
        String[] lines = drl.split("\n", -1);
        for (int i = Math.min(lines.length, Math.max(0, m.getLine())) - 1; i >= 0; i--) {
            java.util.regex.Matcher r =
                    java.util.regex.Pattern.compile("^rule \"(.*)\"").matcher(lines[i]);
            if (r.find()) {
                rule = r.group(1);
                break;
            }
        }
        return new PackProblem(
                s.file(),
                0,
                null,
                "the rules the library wrote from this table do not compile"
                        + (rule == null ? "" : " (rule " + rule + ")") + ": " + text
                        + " — this is a defect of ocop, please report it with the pack");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
