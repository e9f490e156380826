package vn.ocop.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.json.OcopJson;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * The scoring page in a real browser (Debian's chromium, driven through its chromedriver: nothing is
 * downloaded): a set picked by category, group and subgroup, a sheet filled by clicking, and the numbers shown
 * equal to the library's; then a council of two. Screenshots stay in target/screenshots/.
 */
class ScoringPageTest {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Scorer LIBRARY = Ocop.scorer();

    static Http http;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/chromium"))
                        && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        http = Http.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=vi",
                "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (http != null) {
            http.close();
        }
    }

    /** The sample's answers, as the page's radio ids name them. */
    static Map<String, JsonNode> answers(String sample) throws Exception {
        JsonNode sheet = OcopJson.mapper().readTree(ServerTest.sample(sample));
        Map<String, JsonNode> answers = new java.util.LinkedHashMap<>();
        sheet.get("answers").properties().forEach(e -> answers.put(e.getKey(), e.getValue()));
        return answers;
    }

    /** The sheet the page sends: the set and the answers. */
    static Sheet sheetOf(Map<String, JsonNode> answers) throws Exception {
        ObjectNode sheet = OcopJson.mapper().createObjectNode();
        sheet.put("criteriaSet", "QD26-01");
        ObjectNode a = sheet.putObject("answers");
        answers.forEach(a::set);
        return OcopJson.readSheet(sheet.toString(), "page");
    }

    void click(String radioId) {
        WebElement label = browser.findElement(By.cssSelector("label[for='" + radioId + "']"));
        label.click();
        assertTrue(browser.findElement(By.id(radioId)).isSelected(), radioId);
    }

    static BigDecimal number(WebElement e) {
        return new BigDecimal(e.getText().strip()).stripTrailingZeros();
    }

    void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aSheetFilledByClickingShowsTheLibrarysResultAndACouncilItsMean() throws Exception {
        browser.get(http.base.resolve("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d ->
                d.findElements(By.cssSelector("#category option[value='I']")).size() == 1);
        assertEquals("vi", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        new Select(browser.findElement(By.id("category"))).selectByValue("I");
        wait.until(d ->
                d.findElements(By.cssSelector("#group option[value='I.1']")).size() == 1);
        new Select(browser.findElement(By.id("group"))).selectByValue("I.1");
        wait.until(d -> d.findElements(By.cssSelector("#subgroup option[value='QD26-01']"))
                        .size()
                == 1);
        new Select(browser.findElement(By.id("subgroup"))).selectByValue("QD26-01");
        wait.until(d -> d.findElements(By.cssSelector("input[name='c-1.1']")).size() >= 3);

        // every criterion and option of the official form, in Vietnamese
        var set = LIBRARY.catalogue().set("QD26-01").orElseThrow();
        for (var c : set.leaves()) {
            assertFalse(
                    browser.findElements(By.cssSelector("input[name='c-" + c.code() + "']"))
                            .isEmpty(),
                    c.code());
        }
        assertTrue(browser.getPageSource().contains("Nguồn gốc sản phẩm"));

        Map<String, JsonNode> pomelo = answers("qd26-01-buoi-da-xanh.json");
        for (var e : pomelo.entrySet()) {
            click("c-" + e.getKey() + "-" + e.getValue().asText());
        }
        wait.until(d -> "ok".equals(d.findElement(By.id("result")).getDomAttribute("data-state")));
        wait.until(d -> "ok".equals(d.findElement(By.id("advice")).getDomAttribute("data-state")));
        assertEquals("0", browser.findElement(By.id("unanswered")).getText().strip());

        ScoreResult expected = LIBRARY.score(sheetOf(pomelo));
        // the sample worked by hand: 32 + 18 + 25 = 75, band 4★, held at 3★ by the 1.5 marker
        assertEquals(new BigDecimal("75"), expected.total().stripTrailingZeros());
        assertEquals(expected.total().stripTrailingZeros(), number(browser.findElement(By.id("total"))));
        for (String part : List.of("A", "B", "C")) {
            assertEquals(
                    expected.parts()
                            .get(vn.ocop.catalogue.PartCode.valueOf(part))
                            .stripTrailingZeros(),
                    number(browser.findElement(By.id("part-" + part))),
                    part);
        }
        assertEquals(
                String.valueOf(expected.bandStars()),
                browser.findElement(By.id("band-stars")).getText().strip());
        assertEquals(
                String.valueOf(expected.stars()),
                browser.findElement(By.id("stars")).getText().strip());
        List<WebElement> held = browser.findElements(By.cssSelector("#failed-minimums li[data-stars='4']"));
        assertEquals(1, held.size());
        assertEquals("1.5", held.get(0).getDomAttribute("data-criterion"));
        assertFalse(browser.findElements(By.cssSelector("#advice li[data-criterion='1.5']"))
                .isEmpty());
        screenshot("scoring-page.png");

        // a council of two: the chair keeps these answers, the second member answers as member-2.json
        browser.findElement(By.id("mode-council")).click();
        wait.until(
                d -> !d.findElements(By.cssSelector("input[name='m2-c-1.1']")).isEmpty());
        browser.findElement(By.id("member-tab-1")).click();
        for (var e : pomelo.entrySet()) {
            click("m1-c-" + e.getKey() + "-" + e.getValue().asText());
        }
        browser.findElement(By.id("member-tab-2")).click();
        Map<String, JsonNode> second = answers("council/member-2.json");
        for (var e : second.entrySet()) {
            click("m2-c-" + e.getKey() + "-" + e.getValue().asText());
        }
        wait.until(d -> "ok".equals(d.findElement(By.id("council-result")).getDomAttribute("data-state")));
        ScoreResult council = LIBRARY.scoreCouncil(List.of(sheetOf(pomelo), sheetOf(second)));
        assertEquals(council.total().stripTrailingZeros(), number(browser.findElement(By.id("council-total"))));
        assertEquals(
                String.valueOf(council.stars()),
                browser.findElement(By.id("council-final-stars")).getText().strip());
        assertEquals(
                String.valueOf(council.council().spreadExceeded()),
                browser.findElement(By.id("council-spread")).getDomAttribute("data-exceeded"));
        screenshot("scoring-page-council.png");
    }
}
