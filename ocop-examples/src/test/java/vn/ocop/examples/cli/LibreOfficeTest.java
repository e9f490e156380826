package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.ocop.examples.cli.OcopCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.examples.cli.OcopCommandTest.Run;

/**
 * The officer's workbook in a real spreadsheet program: LibreOffice Calc, run headless (Debian's
 * {@code libreoffice-calc-nogui}, which {@code .ci/run} installs). Without LibreOffice the tests are skipped
 * on a developer's machine and fail in CI.
 */
class LibreOfficeTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String POMELO = "samples/qd26-01-buoi-da-xanh.json";
    static Path soffice;

    @TempDir
    Path dir;

    @BeforeAll
    static void findLibreOffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(p, "soffice");
            if (Files.isExecutable(candidate)) {
                soffice = candidate;
                return;
            }
        }
        if (System.getenv("CI") != null) {
            fail("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
        }
        Assumptions.abort("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
    }

    /** Runs LibreOffice headless with its own profile; returns the file it wrote. */
    Path convert(Path input, String format, Path outDir, String... filterOptions) throws Exception {
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(List.of(
                soffice.toString(),
                "--headless",
                "--norestore",
                "--nolockcheck",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri()));
        cmd.addAll(List.of(filterOptions));
        cmd.addAll(List.of("--convert-to", format, "--outdir", outDir.toString(), input.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish: " + out);
        assertEquals(0, p.exitValue(), out);
        String name = input.getFileName().toString();
        Path written = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "."
                + format.substring(0, format.contains(":") ? format.indexOf(':') : format.length()));
        assertTrue(Files.exists(written), () -> "LibreOffice wrote no " + written + ": " + out);
        return written;
    }

    static JsonNode score(String... packArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("score", "--json"));
        args.addAll(List.of(packArgs));
        args.add(POMELO);
        Run r = run("", args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out().strip());
    }

    @Test
    void aWorkbookResavedByLibreOfficeValidatesWithNoChangeAndScoresTheSame() throws Exception {
        Path export = dir.resolve("export");
        Run e = run("", "export-pack", "--edition", "QD-26-2026", "--format", "xlsx", export.toString());
        assertEquals(0, e.code(), e.err());
        Path resaved = convert(export.resolve("pack.xlsx"), "xlsx:Calc MS Excel 2007 XML", dir.resolve("resaved"));
        assertTrue(!Files.readAllBytes(resaved).equals(Files.readAllBytes(export.resolve("pack.xlsx"))));

        Run v = run("", "validate", resaved.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("0 changes against the national edition QD-26-2026"), v.out());

        JsonNode national = score();
        JsonNode packed = score("--pack", resaved.toString());
        assertEquals(national.get("criteria"), packed.get("criteria"));
        assertEquals(national.get("total"), packed.get("total"));
        assertEquals(national.get("stars"), packed.get("stars"));
        assertEquals(national.get("failedMinimums"), packed.get("failedMinimums"));
    }

    @Test
    void aChangeMadeInLibreOfficeIsExactlyTheChangeValidateReports() throws Exception {
        // The officer opens the exported CSV of QD26-01 in LibreOffice (UTF-8, codes as text), changes the
        // points of option 2 of criterion 1.5 from 1 to 1.5, and saves it as a workbook.
        Path export = dir.resolve("export");
        assertEquals(
                0,
                run("", "export-pack", "--edition", "QD-26-2026", export.toString())
                        .code());
        Path csv = export.resolve("s01/QD26-01.csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nOption,1.5,,2,1,,,"));
        Files.writeString(csv, text.replace("\nOption,1.5,,2,1,,,", "\nOption,1.5,,2,1.5,,,"), StandardCharsets.UTF_8);
        // Columns A–C and F–I as text, D and E as numbers (standard); English (US) number recognition.
        Path xlsx = convert(
                csv,
                "xlsx:Calc MS Excel 2007 XML",
                export.resolve("s01x"),
                "--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/1/5/1/6/2/7/2/8/2/9/2,1033");
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack);
        Files.copy(xlsx, pack.resolve("QD26-01.xlsx"));
        Files.writeString(
                pack.resolve("pack.csv"),
                "Pack,Officer's edit\nVersion,1\nEdition,QD-26-2026\n" + "Replace,QD26-01,QD26-01.xlsx\n",
                StandardCharsets.UTF_8);

        Run v = run("", "validate", "--json", pack.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        JsonNode report = JSON.readTree(v.out().strip());
        assertEquals(1, report.get("changes").size(), report.toString());
        JsonNode change = report.get("changes").get(0);
        assertEquals("OPTION_CHANGED", change.get("kind").asText());
        assertEquals("QD26-01", change.get("set").asText());
        assertEquals("1.5", change.get("criterion").asText());
        assertTrue(
                change.get("detail").asText().contains("1 points")
                        && change.get("detail").asText().contains("→ 1.5 points"),
                change.toString());
        // Worked by hand: the pomelo answers option 2 of 1.5, so 75 → 75.5.
        assertEquals("75.5", score("--pack", pack.toString()).get("total").asText());
    }

    @Test
    void theWorkbookRendersAsTheOfficialFormDoes() throws Exception {
        Path export = dir.resolve("export");
        assertEquals(
                0,
                run("", "export-pack", "--edition", "QD-26-2026", "--format", "xlsx", export.toString())
                        .code());
        Path pdf = convert(export.resolve("pack.xlsx"), "pdf", dir.resolve("pdf"));
        Path images = Path.of("target", "workbook-render");
        Files.createDirectories(images);
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        "-f",
                        "1",
                        "-l",
                        "8",
                        pdf.toString(),
                        images.resolve("pack").toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        try (Stream<Path> pngs = Files.list(images)) {
            List<Path> pages =
                    pngs.filter(f -> f.toString().endsWith(".png")).sorted().toList();
            assertTrue(pages.size() >= 8, pages::toString);
            for (Path page : pages) {
                assertTrue(Files.size(page) > 10_000, page + " is nearly empty");
            }
        }
    }
}
