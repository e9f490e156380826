package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rules.TestPacks.pack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Limit;
import vn.ocop.LimitExceededException;
import vn.ocop.Limits;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.Packs;

/**
 * A pack is bounded before it is read: its files' number and sizes, an archive entry while it inflates, a
 * workbook's cells. Each breach is a {@link LimitExceededException} naming the file, the limit and its setting,
 * never an OutOfMemoryError.
 */
class PackLimitsTest {
    @TempDir
    Path dir;

    private Path pack01() {
        return pack(dir.resolve("p"), "1", "Replace,QD26-01," + PacksTest.S01);
    }

    private static LimitExceededException exceeded(Path pack, Limits limits, Limit limit) {
        LimitExceededException e = assertThrows(
                LimitExceededException.class,
                () -> Packs.validate(pack, PackOptions.defaults().withLimits(limits)));
        assertEquals(limit, e.limit(), e.getMessage());
        assertTrue(e.getMessage().contains("the limit " + limit.setting() + " = " + e.max()), e.getMessage());
        assertThrows(
                LimitExceededException.class,
                () -> Packs.load(pack, PackOptions.defaults().withLimits(limits)));
        return e;
    }

    @Test
    void aLargeFileInThePackFolderIsRefusedBeforeItIsRead() throws IOException {
        Path p = pack01();
        // 20 MiB, sparse: nothing is written to disk and, if it were read, the heap would hold it
        try (RandomAccessFile big = new RandomAccessFile(p.resolve("notes.bin").toFile(), "rw")) {
            big.setLength(20L << 20);
        }
        LimitExceededException e = exceeded(p, Limits.defaults(), Limit.PACK_FILE_BYTES);
        assertTrue(e.subject().endsWith("file notes.bin"), e.subject());
        assertEquals(20L << 20, e.value());
    }

    @Test
    void aPackWithTooManyFilesIsRefused() throws IOException {
        Path p = pack01();
        for (int i = 0; i < 5; i++) {
            Files.writeString(p.resolve("extra-" + i + ".csv"), "x");
        }
        exceeded(p, Limits.defaults().with(Limit.PACK_FILES, 4), Limit.PACK_FILES);
    }

    @Test
    void aPackLargerThanItsTotalIsRefused() {
        Path p = pack01();
        exceeded(p, Limits.defaults().with(Limit.PACK_BYTES, 1_000), Limit.PACK_BYTES);
    }

    @Test
    void anArchiveEntryIsBoundedWhileItInflates() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("pack.csv"));
            out.write("Pack,Z\nVersion,1\nEdition,QD-26-2026\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("sets/zeros.csv"));
            for (int i = 0; i < 40; i++) { // 40 MiB of zeros: about 40 KB compressed
                out.write(zeros);
            }
        }
        assertTrue(Files.size(zip) < 1 << 20, "the archive itself is small: " + Files.size(zip));
        LimitExceededException e = exceeded(zip, Limits.defaults(), Limit.PACK_FILE_BYTES);
        assertTrue(e.subject().endsWith("entry sets/zeros.csv"), e.subject());
    }

    @Test
    void aWorkbooksCellsAreBounded() throws IOException {
        Path xlsx = dir.resolve("pack.xlsx");
        Packs.export("QD-26-2026", dir.resolve("export"), vn.ocop.pack.PackFormat.XLSX);
        try (var files = Files.walk(dir.resolve("export"))) {
            Path exported = files.filter(f -> f.toString().endsWith(".xlsx"))
                    .findFirst()
                    .orElseThrow();
            Files.copy(exported, xlsx);
        }
        LimitExceededException e = exceeded(xlsx, Limits.defaults().with(Limit.TABLE_CELLS, 100), Limit.TABLE_CELLS);
        assertEquals(101, e.value(), "reading stops at the first cell over the limit");
    }

    @Test
    void aCsvTablesCellsAreBoundedWhileItIsParsed() throws IOException {
        Path p = pack01();
        Files.writeString(p.resolve(PacksTest.S01), ",".repeat(1_000), StandardCharsets.UTF_8);
        LimitExceededException e = exceeded(p, Limits.defaults().with(Limit.TABLE_CELLS, 100), Limit.TABLE_CELLS);
        assertEquals(101, e.value(), "parsing stops at the first cell over the limit");
        assertTrue(e.subject().endsWith(PacksTest.S01), e.subject());
    }

    @Test
    void aCsvCellLongerThanASpreadsheetCellIsRefusedAtItsCell() throws IOException {
        Path p = pack01();
        Path set = p.resolve(PacksTest.S01);
        String text = Files.readString(set, StandardCharsets.UTF_8);
        int line = (int) text.lines().count() + 1;
        Files.writeString(set, text + "# a note,\"" + "x".repeat(40_000) + "\"\n", StandardCharsets.UTF_8);
        vn.ocop.pack.InvalidPackException e =
                assertThrows(vn.ocop.pack.InvalidPackException.class, () -> Packs.load(p));
        vn.ocop.pack.PackProblem problem = e.problems().get(0);
        assertEquals(PacksTest.S01, problem.file(), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertEquals("B" + line, problem.cell(), problem.toString());
        assertTrue(problem.message().contains("more than 32,767 characters"), problem.message());
        assertTrue(problem.message().length() < 200, "the message does not quote the cell");
        assertTrue(problem.messageVi().startsWith("Ô chứa hơn 32.767 ký tự"), problem.messageVi());
    }
}
