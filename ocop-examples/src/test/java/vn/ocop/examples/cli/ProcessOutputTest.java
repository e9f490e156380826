package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.pack.PackFormat;
import vn.ocop.pack.Packs;

/**
 * What a script reading the command's output sees, in a JVM of its own as a user runs it: standard output
 * holds only the JSON asked for, and even running out of memory ends in one clear line and exit code 3.
 */
class ProcessOutputTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private static Result run(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), OcopCommand.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ocop did not finish within two minutes");
        }
        return new Result(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void validateJsonOfAWorkbookPrintsOnlyJson() throws Exception {
        Packs.export("QD-26-2026", dir.resolve("wb"), PackFormat.XLSX);
        Result r =
                run(List.of(), "validate", "--json", dir.resolve("wb/pack.xlsx").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), "one line, the report: " + r.out());
        assertTrue(new ObjectMapper().readTree(r.out()).get("valid").asBoolean(), r.out());
    }

    @Test
    void runningOutOfMemoryIsOneLineNotAStackTrace() throws Exception {
        Result r = run(List.of("-Xmx12m"), "score", "samples/qd26-01-buoi-da-xanh.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(r.code() != 0, "this JVM scored within 12 MB: nothing to see");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().startsWith("ocop: out of memory"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r.err());
    }

    /**
     * Four CSV files of 15 MB of empty cells (60 MB, under packBytes) once exhausted a 512 MB heap while being
     * parsed: a table now stops at its tableCells limit, in a heap of 256 MB.
     */
    @Test
    void aPackOfLargeCsvFilesIsRefusedWithinASmallHeap() throws Exception {
        Path pack = dir.resolve("big");
        java.nio.file.Files.createDirectories(pack);
        StringBuilder manifest = new StringBuilder("Pack,Big\nVersion,1\nEdition,QD-26-2026\n");
        byte[] commas = new byte[15 << 20];
        java.util.Arrays.fill(commas, (byte) ',');
        for (int i = 1; i <= 4; i++) {
            java.nio.file.Files.write(pack.resolve("s" + i + ".csv"), commas);
            manifest.append("Replace,QD26-0").append(i).append(",s").append(i).append(".csv\n");
        }
        java.nio.file.Files.writeString(pack.resolve("pack.csv"), manifest, StandardCharsets.UTF_8);
        Result r = run(List.of("-Xmx256m"), "validate", pack.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("s1.csv: more than the limit tableCells = 500000 cells"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("out of memory"), r.err());
    }
}
