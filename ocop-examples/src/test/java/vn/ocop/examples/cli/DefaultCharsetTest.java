package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A pack scores the same whatever the JVM's default charset: under LANG=C or {@code -Dfile.encoding=ISO-8859-1}
 * (common in containers) Drools read the rules of a pack in that charset, its marker "LD26-01 1.1 5★" came
 * back mangled, and scoring with the example pack failed with "minimum rule … is not in the catalogue". The
 * command runs in a JVM of its own, since the default charset is fixed when a JVM starts.
 */
class DefaultCharsetTest {

    private static String run(String encoding, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=" + encoding,
                "-Dsun.stdout.encoding=" + encoding,
                "-cp",
                System.getProperty("java.class.path"),
                OcopCommand.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ocop did not finish within two minutes");
        }
        assertEquals(0, p.exitValue(), "exit code under file.encoding=" + encoding);
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void aPackScoresByteForByteTheSameUnderLatin1AsUnderUtf8() throws Exception {
        String golden = Files.readString(
                GoldenFilesTest.GOLDEN.resolve("pack/ld26-01-ca-phe-cau-dat.json"), StandardCharsets.UTF_8);
        assertEquals(
                golden,
                run(
                        "ISO-8859-1",
                        "score",
                        "--json",
                        "--pack",
                        "packs/lam-dong",
                        "samples/packs/ld26-01-ca-phe-cau-dat.json"));
    }
}
