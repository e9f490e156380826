package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.ocop.pack.Packs;

/** Packs written for tests: from the exported national files, with edits made as an officer would. */
final class TestPacks {
    private TestPacks() {}

    /** The national edition, exported once per JVM into a shared folder (read only for the tests). */
    static synchronized Path national(String edition) {
        Path dir = Path.of(
                System.getProperty("java.io.tmpdir"),
                "ocop-test-export-" + ProcessHandle.current().pid(),
                edition);
        if (!Files.exists(dir)) {
            Packs.export(edition, dir, vn.ocop.pack.PackFormat.CSV);
        }
        return dir;
    }

    /**
     * A pack in {@code dir} with the given manifest rows after Pack/Version/Edition, holding copies of the
     * national files the rows name.
     */
    static Path pack(Path dir, String version, String... rows) {
        try {
            Files.createDirectories(dir);
            StringBuilder manifest = new StringBuilder("Pack,Test pack\nVersion," + version + "\nEdition,QD-26-2026\n");
            for (String row : rows) {
                manifest.append(row).append('\n');
                String[] cells = row.split(",");
                String file = cells[0].equals("Bands") || cells[0].equals("Rules")
                        ? cells[1]
                        : cells.length > 2 ? cells[2] : null;
                Path source = file == null ? null : national("QD-26-2026").resolve(file);
                if (source != null && Files.exists(source) && !Files.exists(dir.resolve(file))) {
                    Files.createDirectories(dir.resolve(file).getParent());
                    Files.copy(source, dir.resolve(file));
                }
            }
            Files.writeString(dir.resolve("pack.csv"), manifest.toString(), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a pack file, failing when it is not there (so a test cannot edit nothing). */
    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), () -> file + " does not contain " + from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first row starting with {@code prefix}. */
    static int line(Path file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).replace("\uFEFF", "").startsWith(prefix)) {
                    return i + 1;
                }
            }
            throw new AssertionError(file + " has no row starting with " + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
