package vn.ocop.examples.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's kit section, copied verbatim into a new project, runs the properties: this test takes the
 * {@code pom.xml} and the test class from README.md's own text (so the two cannot drift), adds the Lam Đồng
 * pack, and runs {@code mvn test} on it with the Maven wrapper, against this build's jars (copied into a local
 * repository of its own, whose tail is the repository this build uses, offline).
 */
class ReadmeKitTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** The fenced block that follows a {@code <!-- kit:NAME -->} marker. */
    private static String block(String readme, String name) {
        Matcher m = Pattern.compile("<!-- kit:" + name + " -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(m.find(), "README.md has no block marked kit:" + name);
        return m.group(1);
    }

    /** This build's artifacts, laid out as a local repository. */
    private static void install(Path repo, String version) throws IOException {
        Path parent = repo.resolve("vn/ocop/ocop-parent/" + version);
        Files.createDirectories(parent);
        Files.copy(ROOT.resolve("pom.xml"), parent.resolve("ocop-parent-" + version + ".pom"));
        for (String module : List.of("ocop-core", "ocop-rules", "ocop-packs", "ocop-testkit")) {
            Path at = repo.resolve("vn/ocop/" + module + "/" + version);
            Files.createDirectories(at);
            Files.copy(ROOT.resolve(module + "/pom.xml"), at.resolve(module + "-" + version + ".pom"));
            Path jar = ROOT.resolve(module + "/target/" + module + "-" + version + ".jar");
            assertTrue(Files.exists(jar), "build " + module + " first: " + jar);
            Files.copy(jar, at.resolve(module + "-" + version + ".jar"));
        }
    }

    @Test
    void theReadmesKitProjectRunsTheProperties() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String pom = block(readme, "pom");
        String test = block(readme, "test");
        Matcher version = Pattern.compile("<artifactId>ocop-testkit</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(version.find(), pom);

        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("src/test/java"));
        Files.writeString(project.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("src/test/java/LamDongPackTest.java"), test, StandardCharsets.UTF_8);
        vn.ocop.examples.TestFiles.copyTree(Path.of("packs/lam-dong"), project.resolve("packs/lam-dong"));
        Path repo = dir.resolve("repo");
        install(repo, version.group(1));

        String tail = System.getProperty(
                "ocop.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        List<String> command = new ArrayList<>(List.of(
                ROOT.resolve("mvnw").toString(),
                "-B",
                "-o",
                "test",
                "-Dmaven.repo.local=" + repo,
                "-Dmaven.repo.local.tail=" + tail));
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("MAVEN_OPTS");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "mvn test did not finish");
        assertEquals(0, p.exitValue(), log);

        Path report = project.resolve("target/surefire-reports/TEST-LamDongPackTest.xml");
        assertTrue(Files.exists(report), "Surefire ran no LamDongPackTest:\n" + log);
        String xml = Files.readString(report, StandardCharsets.UTF_8);
        Matcher counts = Pattern.compile("<testsuite[^>]*\\btests=\"(\\d+)\"[^>]*\\bfailures=\"(\\d+)\"")
                .matcher(xml);
        assertTrue(counts.find(), xml.substring(0, Math.min(400, xml.length())));
        assertEquals(15, Integer.parseInt(counts.group(1)), "the suite's 15 properties ran");
        assertEquals(0, Integer.parseInt(counts.group(2)), log);
    }
}
