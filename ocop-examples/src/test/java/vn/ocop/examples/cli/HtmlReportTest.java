package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report, rendered in a real headless Chromium (installed by .ci/run; skipped where absent). */
class HtmlReportTest {
    static final String POMELO = "samples/qd26-01-buoi-da-xanh.json";

    static Path report(Path dir, String... files) {
        Path out = dir.resolve("report.html");
        List<String> args = new ArrayList<>(List.of("report", "--html", out.toString()));
        args.addAll(List.of(files));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new OcopCommand(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        System.in)
                .run(args.toArray(String[]::new));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void thePageIsSelfContainedUtf8() throws IOException {
        Path out = report(Files.createTempDirectory("ocop-report"), POMELO);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertFalse(
                html.contains("http://") || html.contains("https://") || html.contains(" src="),
                "no network resources");
        assertTrue(
                html.contains("<div class=\"chosen\">2) Có hợp đồng liên kết từ 50% đến dưới 75% sản lượng tiêu thụ"));
    }

    static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    static String run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theReportRendersInHeadlessChromiumWithItsVietnameseText(@TempDir Path dir) throws Exception {
        assumeTrue(chromium() != null, "chromium is not installed (.ci/run installs it)");
        Path page = report(dir, POMELO, "samples/qd26-26-du-lich-cong-dong.json");
        String dom = run(dir, "--dump-dom", page.toUri().toString());
        assertTrue(dom.contains("Bưởi da xanh"), dom.length() + " characters of DOM");
        assertTrue(dom.contains("Du lịch cộng đồng bản Lác"));
        assertTrue(dom.contains("1.5 Liên kết sản xuất"));
        assertTrue(dom.contains("★★★☆☆"));
        assertTrue(dom.contains("4★: 1.5 → phương án 3 (2 điểm)"), "the advisor's next step");
        assertTrue(dom.contains("Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp"));

        Path shot = dir.resolve("shot.png");
        run(dir, "--screenshot=" + shot, "--window-size=1100,1600", page.toUri().toString());
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1100, img.getWidth());
        int dark = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r + g + b < 300) {
                    dark++;
                }
            }
        }
        assertTrue(colours.size() > 50, "a rendered page, not a blank one: " + colours.size() + " colours");
        assertTrue(dark > 2000, "text and bars are drawn: " + dark + " dark samples");
    }
}
