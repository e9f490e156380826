package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.examples.cli.OcopCommandTest.Run;

/**
 * A portfolio kept as a table (one row per recognition): the sample as CSV, and as the workbook LibreOffice makes of
 * it (dates and numbers then stored as a spreadsheet stores them), give exactly what the JSON Lines sample gives;
 * a table's mistakes are named by their cells.
 */
class PortfolioTableTest {
    static final String CSV = "samples/portfolio/ben-tre.csv";

    static String due(String portfolio) {
        Run r = OcopCommandTest.run("", "portfolio", "due", "--json", "--as-of", "2026-12-02", portfolio);
        assertEquals(0, r.code(), r.err());
        return r.out().replace(portfolio, "PORTFOLIO");
    }

    static String stats(String portfolio) {
        Run r = OcopCommandTest.run("", "portfolio", "stats", "--json", "--as-of", "2026-12-02", portfolio);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void theSampleAsCsvGivesWhatItsJsonLinesGive() {
        assertEquals(due(PortfolioCommandTest.SAMPLE), due(CSV));
        assertEquals(stats(PortfolioCommandTest.SAMPLE), stats(CSV));
    }

    /** LibreOffice (Debian's libreoffice-calc-nogui, installed by .ci/run) converts the CSV to a workbook. */
    static Path libreOffice(Path dir, Path csv) throws Exception {
        Process p = new ProcessBuilder(
                        "soffice",
                        "--headless",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--infilter=CSV:44,34,76,1",
                        "--convert-to",
                        "xlsx",
                        "--outdir",
                        dir.toString(),
                        csv.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path xlsx = dir.resolve(csv.getFileName().toString().replace(".csv", ".xlsx"));
        assertTrue(Files.exists(xlsx), Files.readString(dir.resolve("soffice.log")));
        return xlsx;
    }

    static boolean hasLibreOffice() {
        return List.of("/usr/bin/soffice", "/usr/bin/libreoffice").stream()
                .anyMatch(c -> Files.isExecutable(Path.of(c)));
    }

    @Test
    void theSampleAsALibreOfficeWorkbookGivesWhatItsJsonLinesGive(@TempDir Path dir) throws Exception {
        assumeTrue(hasLibreOffice(), "LibreOffice is not installed (.ci/run installs it)");
        Path csv = dir.resolve("ben-tre.csv");
        Files.copy(Path.of(CSV), csv);
        Path xlsx = libreOffice(dir, csv);
        assertEquals(due(PortfolioCommandTest.SAMPLE), due(xlsx.toString()));
        assertEquals(stats(PortfolioCommandTest.SAMPLE), stats(xlsx.toString()));
        Run plan = OcopCommandTest.run(
                "", "portfolio", "plan", "--json", "--as-of", "2026-12-02", xlsx.toString(), PortfolioCommandTest.PLAN);
        Run planJsonl = OcopCommandTest.run(
                "",
                "portfolio",
                "plan",
                "--json",
                "--as-of",
                "2026-12-02",
                PortfolioCommandTest.SAMPLE,
                PortfolioCommandTest.PLAN);
        assertEquals(planJsonl.out(), plan.out());
    }

    static final String BAD = String.join(
            "\n",
            "ID,Name,stars,edition,recognitionDate,commune,note",
            "A,Kẹo dừa,7,QD-148-2023,2024-01-05,An Khánh,",
            "A,Kẹo dừa Bến Tre,4,QD-148-2023,2026-13-01,An Khánh,",
            ",x,3,QD-148-2023,2024-01-05,,",
            "B,Bánh,3,QD-999,2024-01-05,,",
            "");

    @Test
    void whatThePortfolioRulesWouldRefuseIsNamedByCellWithTheRest(@TempDir Path dir) throws Exception {
        String f = writeTo(
                dir,
                "exp.csv",
                "id,stars,edition,recognitionDate,expires\n"
                        + "E-1,4,QD-148-2023,2024-03-01,2023-01-01\n"
                        + "E-3,9,QD-9,2024-12-01,\n"
                        + "E-4,3,qd-26-2026,2024-12-01,\n");
        Run r = OcopCommandTest.run("", "portfolio", "due", f);
        assertEquals(2, r.code(), r.err());
        assertTrue(
                r.err().contains(f + " E2: product E-1: the certificate expires 2023-01-01, before the recognition"),
                r.err());
        assertTrue(r.err().contains(f + " B3: a recognition gives 3, 4 or 5 stars, not the number 9"), r.err());
        assertTrue(r.err().contains(f + " C4: product E-4: unknown edition 'qd-26-2026' (known: QD-26-2026"), r.err());
    }

    @Test
    void aTablesMistakesAreNamedByTheirCells(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, BAD, StandardCharsets.UTF_8);
        Run r = OcopCommandTest.run("", "portfolio", "due", csv.toString());
        assertEquals(2, r.code(), r.err());
        String f = csv.toString();
        assertTrue(r.err().contains(f + " C2: a recognition gives 3, 4 or 5 stars, not the number 7"), r.err());
        assertTrue(r.err().contains(f + " E3: expected a date"), r.err());
        assertTrue(
                r.err().contains(f + " B3: product A has name 'Kẹo dừa' in an earlier row, not 'Kẹo dừa Bến Tre'"),
                r.err());
        assertTrue(r.err().contains(f + " A4: the row has no product id"), r.err());
        Run noId = OcopCommandTest.run("", "portfolio", "stats", writeTo(dir, "noid.csv", "name,stars\nx,3\n"));
        assertEquals(2, noId.code());
        assertTrue(noId.err().contains("row 1: the first row names the columns, and one of them is id"), noId.err());
        Run notUtf8 = OcopCommandTest.run(
                "",
                "portfolio",
                "stats",
                writeTo(dir, "latin.csv", "id,name\nA,K\u1eb9o\n", StandardCharsets.UTF_16LE));
        assertEquals(2, notUtf8.code());
        assertTrue(notUtf8.err().contains("not UTF-8"), notUtf8.err());
        Run notXlsx = OcopCommandTest.run("", "portfolio", "stats", writeTo(dir, "x.xlsx", "id,name\n"));
        assertEquals(2, notXlsx.code());
        assertTrue(notXlsx.err().contains("cannot read the workbook"), notXlsx.err());
        if (hasLibreOffice()) {
            Path xlsx = libreOffice(dir, csv);
            Run w = OcopCommandTest.run("", "portfolio", "due", xlsx.toString());
            assertEquals(2, w.code(), w.err());
            assertTrue(
                    w.err().contains(xlsx + " bad!C2: a recognition gives 3, 4 or 5 stars, not the number 7"), w.err());
        }
    }

    static String writeTo(Path dir, String name, String text) throws Exception {
        return writeTo(dir, name, text, StandardCharsets.UTF_8);
    }

    static String writeTo(Path dir, String name, String text, java.nio.charset.Charset cs) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, cs);
        return p.toString();
    }

    /** A date and the stars computed by formulas count with the values the spreadsheet stored (POI evaluates them). */
    @Test
    void formulasCountWithTheirStoredValuesAndAnEmptyTableIsRefused(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("formulas.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("Sheet1");
            var head = sheet.createRow(0);
            String[] columns = {"id", "stars", "edition", "recognitionDate"};
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(columns[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("F-1");
            row.createCell(1).setCellFormula("2+2");
            row.createCell(2).setCellValue("QD-148-2023");
            var date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
            var d = row.createCell(3);
            d.setCellFormula("DATE(2024,3,3)");
            d.setCellStyle(date);
            var bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("F-2");
            bad.createCell(1).setCellFormula("1/0"); // stored as the error #DIV/0!
            bad.createCell(2).setCellValue("QD-148-2023");
            bad.createCell(3).setCellValue("2024-03-03");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Run error = OcopCommandTest.run("", "portfolio", "due", "--as-of", "2026-12-02", xlsx.toString());
        assertEquals(2, error.code(), error.err());
        assertTrue(
                error.err().contains("1 problem\n  " + xlsx + " Sheet1!B3: the cell holds an error value #DIV/0!"),
                error.err());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            wb.getSheetAt(0).removeRow(wb.getSheetAt(0).getRow(2));
            Path fixed = dir.resolve("fixed.xlsx");
            try (var out = Files.newOutputStream(fixed)) {
                wb.write(out);
            }
            xlsx = fixed;
        }
        // 4★ under 148, 2024-03-03: expires 2027-03-03, within 6 months of 2026-12-02 (91 days)
        Run r = OcopCommandTest.run("", "portfolio", "due", "--json", "--as-of", "2026-12-02", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().contains("{\"id\":\"F-1\",\"reason\":\"EXPIRING\",\"expires\":\"2027-03-03\",\"stars\":4"),
                r.out());
        Run empty = OcopCommandTest.run("", "portfolio", "stats", writeTo(dir, "empty.csv", ""));
        assertEquals(2, empty.code(), empty.out());
        assertTrue(empty.err().contains("the table is empty"), empty.err());
        Run json = OcopCommandTest.run(
                "",
                "portfolio",
                "dashboard",
                "--json",
                "--html",
                dir.resolve("d.html").toString(),
                CSV);
        assertEquals(2, json.code());
        assertTrue(json.err().contains("--json does not apply to dashboard"), json.err());
    }
}
