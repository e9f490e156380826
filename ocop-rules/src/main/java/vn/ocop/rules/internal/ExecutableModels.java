package vn.ocop.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ocop.OcopException;

/**
 * Builds the KIE base of one criteria set, on first use, from the executable model that kie-maven-plugin
 * generated at build time.
 *
 * <p>A KIE classpath container would load the models of every KIE base of {@code META-INF/kmodule.xml}
 * when it is created (seconds, and hundreds of MB for the 53 sets of three editions). Here the kmodule
 * only says which packages make up each set's base; the plugin's index
 * ({@code META-INF/kie/vn.ocop/ocop-rules/drools-model}) names the generated model class of each package;
 * and a base is assembled from its packages' models alone.
 */
public final class ExecutableModels {
    static final String KMODULE = "META-INF/kmodule.xml";
    static final String INDEX = "META-INF/kie/vn.ocop/ocop-rules/drools-model";

    private final ClassLoader loader;
    private final Map<String, List<String>> packagesByBase;
    private final Map<String, String> modelClassByPackage;
    private final Map<String, Model> models = new ConcurrentHashMap<>();

    ExecutableModels(ClassLoader loader) {
        this.loader = loader;
        this.packagesByBase = kbases(loader);
        this.modelClassByPackage = index(loader);
    }

    /**
     * @param name a KIE base name of the kmodule (a criteria set code)
     * @return the KIE base, freshly built from its packages' models
     */
    KieBase build(String name) {
        List<Model> parts = new ArrayList<>();
        for (String p : packages(name)) {
            parts.add(model(p));
        }
        return KieBaseBuilder.createKieBaseFromModel(parts);
    }

    /**
     * @param name a KIE base name of the kmodule (a criteria set code)
     * @return the packages its base is made of: common, edition, set
     */
    public List<String> packages(String name) {
        List<String> packages = packagesByBase.get(name);
        if (packages == null) {
            throw new OcopException("criteria set " + name + " has no rule base in " + KMODULE);
        }
        return packages;
    }

    /**
     * @param pkg a rule package of the national files
     * @return its compiled model, loaded once
     */
    public Model model(String pkg) {
        String modelClass = modelClassByPackage.get(pkg);
        if (modelClass == null) {
            throw new OcopException("package " + pkg + " has no compiled rules in " + INDEX
                    + " (was ocop-rules built with kie-maven-plugin?)");
        }
        return models.computeIfAbsent(pkg, k -> instantiate(modelClass));
    }

    private Model instantiate(String className) {
        try {
            return (Model) Class.forName(className, true, loader)
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new OcopException("cannot load the compiled rules " + className + ": " + e, e);
        }
    }

    private static Map<String, List<String>> kbases(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(KMODULE)) {
            if (in == null) {
                throw new OcopException(KMODULE + " is missing from the class path (is ocop-rules complete?)");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("kbase");
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                out.put(
                        e.getAttribute("name"),
                        List.of(e.getAttribute("packages").split("\\s*,\\s*")));
            }
            return out;
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new OcopException("cannot read " + KMODULE + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new OcopException(INDEX + " is missing: ocop-rules must be built with kie-maven-plugin, which"
                        + " compiles the rule files to the executable model");
            }
            Map<String, String> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("Drools-Model-Version")) {
                    continue;
                }
                out.put(line.substring(0, line.lastIndexOf('.')), line);
            }
            return out;
        } catch (IOException e) {
            throw new OcopException("cannot read " + INDEX + ": " + e.getMessage(), e);
        }
    }
}
