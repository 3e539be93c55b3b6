package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped when they
 * are missing): from the actor page, click an event, and see its sentence and trigger highlighted in the
 * document; the actor page's narratives beside its deeds, week by week, over {@link WordsAndDeedsRecord}.
 * Screenshots go to {@code target/screenshots/}.
 */
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    static TestServer http;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "browser test skipped: needs "
                + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
        http = TestServer.start(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
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

    private static String base() {
        return "http://127.0.0.1:" + http.port();
    }

    private static void screenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void actorPageEventOpensTheDocumentWithItsSentenceHighlighted() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base() + "/actor.html?code=RUS");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#top a.event-link")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart svg circle.point")));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Actor RUS");
        // every QuadClass count is a link to its events
        List<WebElement> counts = browser.findElements(By.cssSelector("#quads a.num-link"));
        assertThat(counts).extracting(WebElement::getText).containsExactly("1", "1", "2", "4");
        assertThat(counts.get(2).getAttribute("href")).endsWith("events.html?actor=RUS&quad=4");
        // the ledger and around-talks tables come from the analyses (saydo ledger, saydo around)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ledger table")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#around p")));
        assertThat(browser.findElement(By.id("ledger")).getText()).doesNotContain("Error");
        screenshot("actor-RUS");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('ledger').scrollIntoView()");
        screenshot("actor-RUS-ledger-around");

        WebElement event = browser.findElements(By.cssSelector("#top a.event-link")).stream()
                .filter(a -> a.getText().startsWith("[RUSMIL 190")).findFirst().orElseThrow();
        String sentence = event.getText();
        event.click();

        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.sentence")));
        assertThat(browser.getCurrentUrl()).contains("/doc.html?id=");
        assertThat(mark.getText()).isEqualTo(sentence);
        WebElement trigger = mark.findElement(By.cssSelector("mark.trigger"));
        assertThat(trigger.isDisplayed()).isTrue();
        assertThat(trigger.getText()).isEqualTo("190");
        assertThat(browser.findElement(By.id("doctext")).getText()).isEqualTo(TestRecord.KYIV);
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Night strikes");
        screenshot("document-highlighted");
    }

    @Test
    void actorPageShowsItsNarrativesBesideItsDeedsPerWeek() throws Exception {
        try (TestServer other = TestServer.over(Files.createDirectories(dir.resolve("words-and-deeds")),
                WordsAndDeedsRecord::create)) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            String base = "http://127.0.0.1:" + other.port();
            browser.get(base + "/actor.html?code=RUS");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#beside table.beside")));
            List<List<String>> rows = browser.findElements(By.cssSelector("#beside table.beside tr")).stream()
                    .skip(1).map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                    .toList();
            String blaming = WordsAndDeedsRecord.BLAMING;
            String diplomacy = WordsAndDeedsRecord.DIPLOMACY;
            // by hand (WordsAndDeedsRecord): week, deeds, material conflict, material cooperation, mean Goldstein
            // of the deeds, then RUS's narratives (documents), equal documents in label order; the 195 of Sunday
            // 03-10 counts in the week of 03-04 although its report was published on 03-11; UKR's quotes (03-11,
            // 03-27) do not count, so the week of 03-25 has no row
            assertThat(rows).containsExactly(
                    List.of("2024-03-04", "4", "3", "1", "-5.9", blaming + " 1; " + diplomacy + " 2"),
                    List.of("2024-03-11", "0", "0", "0", "–", blaming + " 1"),
                    List.of("2024-03-18", "1", "1", "0", "-10.0", ""));
            // the numbers of `saydo profile`'s section, worked out by the one rule the CLI uses
            var gap = other.service.analyses().profile(org.saydo.analysis.Profile.Request.of("RUS")).result().gap();
            var beside = other.service.analyses().narratives(a -> a.besideDeeds(gap));
            assertThat(beside).extracting(r -> List.of(r.period().toString(), Long.toString(r.deeds()),
                    Long.toString(r.materialConflict()))).containsExactlyElementsOf(
                            rows.stream().map(r -> r.subList(0, 3)).toList());
            assertThat(beside.get(0).narratives()).containsExactly(java.util.Map.entry(blaming, 1L),
                    java.util.Map.entry(diplomacy, 2L));
            // the conflict count opens that week's material conflict deeds
            assertThat(browser.findElements(By.cssSelector("#beside table.beside a.num-link")).get(0)
                    .getAttribute("href")).endsWith("events.html?actor=RUS&quad=4&modality=asserted%2Creported"
                            + "&from=2024-03-04&to=2024-03-10");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('beside').scrollIntoView()");
            screenshot("actor-narratives-beside-deeds");

            WebElement link = browser.findElements(By.cssSelector("#beside a.narrative-link")).stream()
                    .filter(a -> a.getText().equals(diplomacy)).findFirst().orElseThrow();
            assertThat(link.getAttribute("href")).endsWith("narratives.html?label="
                    + java.net.URLEncoder.encode(diplomacy, java.nio.charset.StandardCharsets.UTF_8) + "&actor=RUS");
            link.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence a.evidence-link")));
            assertThat(browser.findElement(By.id("title")).getText()).startsWith(diplomacy).endsWith("quoting RUS");
            // RUS's two documents that carry it (03-07, 03-04), not Kyiv's of 03-27
            assertThat(browser.findElements(By.cssSelector("#evidence a.evidence-link")))
                    .extracting(WebElement::getText).containsExactly("{RUSGOV says}", "{RUSGOV says}");
        }
        // an actor none of whose quotes carries a narrative (TestRecord's USA: one event, no quote) is told so
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base() + "/actor.html?code=USA");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("beside"), "no quote of USA"));
        assertThat(browser.findElements(By.cssSelector("#beside table"))).isEmpty();
    }

    @Test
    void overviewAndSearchPagesLinkToTheirEvents() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#latest table.events a.event-link")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyads a.num-link")));
        assertThat(browser.findElement(By.cssSelector("#dyads a.num-link")).getAttribute("href"))
                .endsWith("events.html?actor=RUSGOV&target=UKR");
        screenshot("overview");

        browser.get(base() + "/search.html?q=missiles");
        WebElement hit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.hit-link")));
        assertThat(hit.getText()).isEqualTo("Missiles struck Kyiv overnight and the energy grid failed.");
        hit.click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.sentence")));
        assertThat(mark.getText()).isEqualTo("Missiles struck Kyiv overnight and the energy grid failed.");

        browser.get(base() + "/dyad.html?actor=RUS&target=UKR");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart svg rect.q4")));
        screenshot("dyad-RUS-UKR");
    }

    @Test
    void narrativesPageShowsTheWeeklySeriesAndTheEvidenceSentences() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base() + "/narratives.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#labels a.label-link")));
        List<WebElement> labels = browser.findElements(By.cssSelector("#labels a.label-link"));
        assertThat(labels).extracting(WebElement::getText).containsExactly(TestRecord.NARRATIVE, TestRecord.SUB);
        // two weeks (Washington on 11-29, Geneva on 12-03), one document each
        assertThat(browser.findElements(By.cssSelector("#labels tr.narrative rect.week"))).hasSize(2);
        assertThat(browser.findElement(By.id("echo")).getText()).contains("UKRGOV").contains("RUSGOV");
        screenshot("narratives");

        labels.get(1).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence a.evidence-link")));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(TestRecord.SUB);
        List<WebElement> evidence = browser.findElements(By.cssSelector("#evidence a.evidence-link"));
        assertThat(evidence).extracting(WebElement::getText).containsExactly("{RUSGOV says}", "{UKRGOV says}");
        screenshot("narrative-evidence");
        evidence.get(0).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.sentence")));
        assertThat(mark.getText()).isEqualTo("{RUSGOV says}");
        assertThat(browser.findElement(By.id("doctext")).getText()).isEqualTo(TestRecord.GENEVA);
    }
}
