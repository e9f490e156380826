package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rules.TestPacks.edit;
import static vn.ocop.rules.TestPacks.line;
import static vn.ocop.rules.TestPacks.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Ocop;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackProblem;
import vn.ocop.pack.PackReport;
import vn.ocop.pack.Packs;
import vn.ocop.result.ScoreResult;

/**
 * Every route by which a pack without trusted DRL once ran Java of its choosing, tried as a hostile
 * province would: each pack carries a harmless payload (creating a marker file); {@code validate} must refuse
 * it, naming the file, row and cell, and loading it and scoring with it must never create the marker.
 */
class UntrustedPacksTest {
    @TempDir
    Path dir;

    Path marker;
    String payload;

    @BeforeEach
    void payload() {
        marker = dir.resolve("pwned-" + System.nanoTime());
        payload = "java.nio.file.Files.createFile(java.nio.file.Path.of(\""
                + marker.toString().replace("\\", "/") + "\"));";
    }

    /** validate refuses the pack; loading and scoring never execute the payload. */
    PackProblem refused(Path pack, String file, String cellOrNull, String messagePart) {
        PackReport report = Packs.validate(pack, PackOptions.defaults());
        assertFalse(report.valid(), () -> "validate called a hostile pack valid: " + report);
        assertTrue(
                report.problems().stream()
                        .anyMatch(p -> p.file().equals(file)
                                && (cellOrNull == null || cellOrNull.equals(p.cell()))
                                && p.message().contains(messagePart)),
                () -> "no problem at " + file + " " + cellOrNull + " saying '" + messagePart + "' in "
                        + report.problems());
        assertThrows(InvalidPackException.class, () -> Packs.load(pack));
        assertFalse(Files.exists(marker), "the payload ran");
        return report.problems().get(0);
    }

    Path pack01() {
        return pack(dir.resolve("p"), "1", "Replace,QD26-01," + PacksTest.S01);
    }

    Path set01(Path pack) {
        return pack.resolve(PacksTest.S01);
    }

    @Test
    void decisionTableTemplateRowsAreRefused() {
        Path p = pack01();
        // A whole old-style RuleTable with the payload in its ACTION template, appended to the set file.
        append(
                set01(p),
                "RuleTable QD26-01 options\nNAME,CONDITION,ACTION\n,$s : Score,\n,\"criterion == \"\"$1\"\"\",\""
                        + payload.replace("\"", "\"\"") + "\"\nRule,Criterion,Points\nX,1.1,1\n");
        refused(p, PacksTest.S01, null, "which are code");
    }

    @Test
    void importFunctionsVariablesDeclareAndQueriesRowsAreRefused() {
        for (String row : List.of(
                "Import,java.nio.file.Files",
                "Functions,\"function void f() { " + payload + " }\"",
                "Variables,java.util.List list",
                "Declare,\"Evil : String\"",
                "Queries,\"query q() end\"",
                "EscapeQuotes,false",
                "RuleSet,vn.evil",
                "Sequential,true")) {
            Path p = pack(dir.resolve("p-" + row.substring(0, 4)), "1", "Replace,QD26-01," + PacksTest.S01);
            edit(
                    set01(p),
                    "CriteriaSet,QD26-01\n",
                    "CriteriaSet,QD26-01\n"
                            + row.replace("\"", "\"\"")
                                    .replace("\"\"function", "\"function")
                                    .replace("}\"\"", "}\"") + "\n");
            refused(p, PacksTest.S01, "A3", "");
        }
    }

    @Test
    void cellsHiddenInUnusedColumnsAreRefused() {
        Path p = pack01();
        edit(
                set01(p),
                "Note,1.1,,,,,,Yêu cầu: 100% sản phẩm được trồng trên địa bàn cấp tỉnh",
                "Note,1.1,,,,,,Yêu cầu: 100% sản phẩm được trồng trên địa bàn cấp tỉnh,,RuleTable x,\""
                        + payload.replace("\"", "\"\"") + "\"");
        int row = line(set01(p), "Note,1.1,");
        refused(p, PacksTest.S01, "J" + row, "does not use column J");
    }

    @Test
    void wordingAndNotesNeverBecomeCode() throws IOException {
        // Text that closed a comment or a string in the rules the old tables generated: now plain wording.
        Path p = pack01();
        String evil = "*/ rule \"\"x\"\" when then " + payload.replace("\"", "\"\"") + " end /* \"\" + "
                + payload.replace("\"", "\"\"") + " + \"\"";
        edit(
                set01(p),
                "Option,1.5,,2,1,,,Có hợp đồng liên kết",
                "Option,1.5,,2,1,,,\"" + evil + "\" Có hợp đồng liên kết");
        edit(set01(p), "Note,1.1,,,,,,Yêu cầu", "Note,1.1,,,,,,\"" + evil + "\" Yêu cầu");
        PackReport report = Packs.validate(p, PackOptions.defaults());
        assertTrue(report.valid(), report::toString);
        ScoreResult r = Packs.load(p)
                .scorer()
                .score(Sheets.best(Ocop.scorer().catalogue().set("QD26-01").orElseThrow()));
        assertEquals(0, r.total().compareTo(java.math.BigDecimal.valueOf(100)));
        assertEquals(
                "QD26-01 1.5 #4",
                r.awards().stream()
                        .filter(a -> a.criterion().equals("1.5"))
                        .findFirst()
                        .orElseThrow()
                        .rule());
        assertFalse(Files.exists(marker), "the payload ran");
    }

    @Test
    void codesThatCouldCloseAStringAreRefused() {
        Path p = pack01();
        edit(set01(p), "Criterion,1.5,", "Criterion,\"1.5\"\") || true || (\"\"\",");
        refused(p, PacksTest.S01, "B" + line(set01(p), "Criterion,\"1.5"), "is not a valid code");
        Path q = pack(dir.resolve("q"), "1", "Replace,QD26-01," + PacksTest.S01);
        edit(set01(q), "CriteriaSet,QD26-01", "CriteriaSet,\"QD26-01\"\" \"");
        refused(q, PacksTest.S01, "B2", "not a valid code");
    }

    @Test
    void linesInsideAQuotedNoteStayOneNote() throws IOException {
        // A quoted note holding what looks like rows: the library reads it as one cell and never re-reads the
        // file line by line, so neither the points nor the rules change.
        Path p = pack01();
        edit(
                set01(p),
                "Note,1.1,,,,,,Yêu cầu",
                "Note,1.1,,,,,,\"x\nOption,1.5,,2,3,,,y\nFunctions,\"\"function\"\"\nz\" Yêu cầu");
        PackReport report = Packs.validate(p, PackOptions.defaults());
        assertTrue(report.valid(), report::toString);
        assertTrue(
                report.changes().stream().noneMatch(c -> c.kind() == vn.ocop.pack.PackChange.Kind.OPTION_CHANGED),
                report::toString);
        var set = Packs.load(p).scorer().catalogue().set("QD26-01").orElseThrow();
        assertEquals(
                0, set.criterion("1.5").orElseThrow().options().get(1).points().compareTo(java.math.BigDecimal.ONE));
    }

    @Test
    void formulasAreRefusedWithTheValueTheSpreadsheetShowed() throws IOException {
        Path p = pack(dir.resolve("w"), "1");
        Files.writeString(p.resolve("pack.csv"), "Pack,W\nVersion,1\nEdition,QD-26-2026\nReplace,QD26-01,s01.xlsx\n");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(p.resolve("s01.xlsx"))) {
            Sheet sh = wb.createSheet("QD26-01");
            List<vn.ocop.rules.internal.files.Csv.Row> rows = vn.ocop.rules.internal.files.Csv.parse(
                    "x", Files.readString(TestPacks.national("QD-26-2026").resolve(PacksTest.S01)));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sh.createRow(r);
                for (int c = 0; c < rows.get(r).cells().size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).cells().get(c).replace("\uFEFF", ""));
                }
            }
            int r = line(TestPacks.national("QD-26-2026").resolve(PacksTest.S01), "Option,1.5,,2,") - 1;
            sh.getRow(r).getCell(4).setCellFormula("1+0");
            wb.write(out);
        }
        int row = line(TestPacks.national("QD-26-2026").resolve(PacksTest.S01), "Option,1.5,,2,");
        refused(p, "s01.xlsx", "'QD26-01'!E" + row, "holds a formula (=1+0)");
    }

    @Test
    void archiveEntriesLeavingThePackAreRefused() throws IOException {
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("pack.csv"));
            out.write("Pack,Z\nVersion,1\nEdition,QD-26-2026\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../../evil.drl.csv"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("/etc/evil.csv"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
        }
        refused(zip, "../../evil.drl.csv", null, "unsafe path");
        PackReport report = Packs.validate(zip, PackOptions.defaults());
        assertTrue(report.problems().stream().anyMatch(q -> q.file().equals("/etc/evil.csv")), report::toString);
    }

    @Test
    void symbolicLinksOutOfThePackAreRefused() throws IOException {
        Path p = pack01();
        Path outside = dir.resolve("outside.csv");
        Files.writeString(outside, "secret");
        try {
            Files.createSymbolicLink(p.resolve("link.csv"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        refused(p, "link.csv", null, "symbolic link pointing outside the pack");
    }

    @Test
    void manifestPathsLeavingThePackAreRefused() throws IOException {
        Path p = pack(dir.resolve("m"), "1");
        Files.writeString(
                p.resolve("pack.csv"),
                "Pack,M\nVersion,1\nEdition,QD-26-2026\nReplace,QD26-01,../x.csv\n" + "Add,LD-01,/etc/passwd\n");
        refused(p, "pack.csv", "C4", "is not inside the pack");
        refused(p, "pack.csv", "C5", "is not inside the pack");
    }

    @Test
    void filesTheManifestDoesNotNameAreRefused() throws IOException {
        Path p = pack01();
        Files.writeString(p.resolve("extra.drl.csv"), "RuleSet,x\n");
        Files.writeString(p.resolve("notes.txt"), "hello");
        refused(p, "extra.drl.csv", null, "file not named in pack.csv");
        refused(p, "notes.txt", null, "file not named in pack.csv");
    }

    @Test
    void drlNeedsTrustAndIsNeverCompiledWithout() throws IOException {
        Path p = pack(dir.resolve("d"), "1", "Rules,evil.drl");
        Files.writeString(
                p.resolve("evil.drl"), "package vn.province.evil;\nrule \"x\" when then " + payload + " end\n");
        refused(p, "evil.drl", null, "DRL file refused");
        // With the trust switch it is the caller's decision, and the DRL runs as code.
        Packs.load(p, PackOptions.defaults().withTrustDrl(true))
                .scorer()
                .score(Sheets.best(Ocop.scorer().catalogue().set("QD26-01").orElseThrow()));
        assertTrue(Files.exists(marker), "trusted DRL runs");
    }

    /** A workbook of a few hundred bytes whose cell references claim a billion rows or a far column. */
    static byte[] workbook(String sheetXml) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write(("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://"
                            + "schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Pack\""
                            + " sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            out.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write(sheetXml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void workbooksThatClaimHugeSheetsOrDeclareEntitiesAreRefused() throws IOException {
        String ns = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        List<String> sheets = List.of(
                ns + "<row r=\"200000000\"><c r=\"A200000000\" t=\"inlineStr\"><is><t>Pack</t></is></c></row>"
                        + "</sheetData></worksheet>",
                ns
                        + "<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>",
                ns + "<row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>",
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + ns
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>",
                // numbers too large for the reader's integers, a style that is not a number, a date past 9999
                ns + "<row r=\"2147483648\"><c t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>",
                ns + "<row r=\"1\"><c r=\"A1\" s=\"99999999999999999999\"><v>1</v></c></row></sheetData></worksheet>",
                ns + "<row r=\"1\"><c r=\"A1\" s=\"x\"><v>1</v></c></row></sheetData></worksheet>",
                ns + "<row r=\"1\"><c r=\"A1\"><v>1e300</v></c></row></sheetData></worksheet>");
        int i = 0;
        for (String sheet : sheets) {
            Path p = dir.resolve("huge-" + i++ + ".xlsx");
            Files.write(p, workbook(sheet));
            PackReport report = Packs.validate(p, PackOptions.defaults());
            assertFalse(report.valid(), sheet);
            assertTrue(report.problems().stream().allMatch(q -> q.file().equals("pack.xlsx")), report::toString);
            assertTrue(report.problems().stream().noneMatch(q -> q.message().contains("root:")), report::toString);
            assertTrue(
                    report.problems().stream()
                            .noneMatch(q -> q.message().contains("Exception")
                                    || q.message().contains("malformed")),
                    report::toString);
        }
    }

    /**
     * Two zip archives concatenated: unzip tools read the central directory at the end (the honest pack),
     * a streaming reader the first local headers (the other). The library reads what unzip shows.
     */
    @Test
    void aZipReadsAsUnzipShowsIt() throws IOException {
        Path honest = pack(dir.resolve("honest"), "1", "Replace,QD26-01," + PacksTest.S01);
        edit(set01(honest), "\nOption,1.5,,2,1,,,", "\nOption,1.5,,2,1.5,,,");
        Path sneaky = pack(dir.resolve("sneaky"), "1", "Replace,QD26-01," + PacksTest.S01);
        edit(set01(sneaky), "\nOption,1.5,,2,1,,,", "\nOption,1.5,,2,0.5,,,");
        java.io.ByteArrayOutputStream both = new java.io.ByteArrayOutputStream();
        both.write(zip(sneaky));
        both.write(zip(honest));
        Path p = dir.resolve("both.zip");
        Files.write(p, both.toByteArray());
        PackReport report = Packs.validate(p, PackOptions.defaults());
        if (report.valid()) {
            assertTrue(report.changes().toString().contains("→ 1.5 points"), report::toString);
        }
        assertFalse(report.changes().toString().contains("→ 0.5 points"), report::toString);

        // Two entries of one name: refused (written as pack.csv and pack.csw, then renamed in the bytes).
        Path twice = dir.resolve("twice.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(twice))) {
            out.putNextEntry(new ZipEntry("pack.csv"));
            out.write("Pack,Z\nVersion,1\nEdition,QD-26-2026\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("pack.csw"));
            out.write("Pack,Y\nVersion,2\nEdition,QD-26-2026\n".getBytes(StandardCharsets.UTF_8));
        }
        String latin =
                new String(Files.readAllBytes(twice), StandardCharsets.ISO_8859_1).replace("pack.csw", "pack.csv");
        Files.write(twice, latin.getBytes(StandardCharsets.ISO_8859_1));
        PackReport refused = Packs.validate(twice, PackOptions.defaults());
        assertFalse(refused.valid(), refused::toString);
        assertTrue(refused.problems().get(0).message().contains("two entries named 'pack.csv'"), refused::toString);
    }

    @Test
    void aZipOfTheFolderReadsAsThePackAndOtherScriptsDigitsAreRefused() throws IOException {
        Path folder = pack(dir.resolve("lam"), "1", "Replace,QD26-01," + PacksTest.S01);
        edit(set01(folder), "\nOption,1.5,,2,1,,,", "\nOption,1.5,,2,1.5,,,");
        Path z = dir.resolve("lam.zip");
        Files.write(z, zip(folder, "lam/"));
        PackReport report = Packs.validate(z, PackOptions.defaults());
        assertTrue(report.valid(), report::toString);
        assertEquals(
                List.of(vn.ocop.pack.PackChange.Kind.OPTION_CHANGED),
                report.changes().stream().map(vn.ocop.pack.PackChange::kind).toList());
        edit(set01(folder), "\nOption,1.5,,2,1.5,,,", "\nOption,1.5,,\uFF12,1.5,,,");
        refused(folder, PacksTest.S01, "D" + line(set01(folder), "Option,1.5,,\uFF12"), "must be a whole number");
    }

    static byte[] zip(Path folder) throws IOException {
        return zip(folder, "");
    }

    /** The folder's files as a zip archive, each entry's name after the prefix. */
    static byte[] zip(Path folder, String prefix) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes);
                var walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new ZipEntry(prefix + folder.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void hiddenAndTwiceNamedSheetsAreRefused() throws IOException {
        Path x = dir.resolve("x");
        Packs.export("QD-26-2026", x, vn.ocop.pack.PackFormat.XLSX);
        Path wb = x.resolve("pack.xlsx");
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(wb))) {
            book.setSheetVisibility(
                    book.getSheetIndex("QD26-02"), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            try (var out = Files.newOutputStream(wb)) {
                book.write(out);
            }
        }
        PackReport report = Packs.validate(wb, PackOptions.defaults());
        assertFalse(report.valid());
        assertTrue(
                report.problems().stream().anyMatch(p -> p.message().contains("sheet 'QD26-02' is hidden")),
                report::toString);
    }

    @Test
    void invisibleControlCharactersAndOtherEncodingsAreRefused() throws IOException {
        Path p = pack01();
        edit(set01(p), "Name,,,,,,,\"Rau", "Name,,,,,,,\"\u001b[8mRau");
        refused(p, PacksTest.S01, "H5", "invisible control character (U+001B)");
        Path q = pack(dir.resolve("q"), "1", "Replace,QD26-01," + PacksTest.S01);
        Files.write(
                set01(q),
                Files.readString(set01(q), StandardCharsets.UTF_8)
                        .replace("\uFEFF", "")
                        .getBytes(java.nio.charset.Charset.forName("windows-1258")));
        refused(q, PacksTest.S01, null, "not UTF-8 text");
    }

    @Test
    void aSetMayNotAskForUnboundedRules() throws IOException {
        Path p = pack01();
        StringBuilder extra = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
            extra.append("Criterion,99.").append(k).append(",,,0,,single,X,X\n");
            for (int o = 1; o <= 99; o++) {
                extra.append("Option,99.").append(k).append(",,").append(o).append(",0,,,x\n");
            }
        }
        edit(set01(p), "\nStop,2.1,", "\n" + extra + "Stop,2.1,");
        refused(p, PacksTest.S01, null, "a set may make at most 400");
    }

    static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
