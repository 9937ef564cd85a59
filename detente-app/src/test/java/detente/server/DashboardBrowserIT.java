package detente.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard in real headless Chromium over a small real store; screenshots go to target/screenshots. */
class DashboardBrowserIT {

    static final String TOKEN = "browser-admin-token-0123456789";
    @TempDir
    static Path dir;
    static Server server;
    static ChromeDriver driver;
    static ApiClient admin;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        Path data = TestStore.copyTo(dir.resolve("data"));
        server = Server.create(c -> {
            c.port = 0;
            c.dataDir = data;
            c.adminToken = TOKEN;
            c.pipeline = TestStore::pipeline;
            c.repliesPerMinute = 1000;
        }).start();
        admin = new ApiClient(server.url());
        driver = Browser.start(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    static void open(String page) {
        driver.get(server.url() + "/" + page);
    }

    static long seqOf(String words) {
        return admin.get("/api/articles?q=" + words).json().get("items").get(0).get("seq").asLong();
    }

    @Test
    void overviewRendersChartsWithData() {
        open("index.html");
        waitFor().until(d -> d.findElement(By.id("counts")).getDomAttribute("data-points") != null);
        assertThat(Integer.parseInt(driver.findElement(By.id("counts")).getDomAttribute("data-points"))).isPositive();
        assertThat(driver.findElements(By.cssSelector("#counts canvas"))).isNotEmpty();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#top-volume tbody tr")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#top-volume tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(driver.findElement(By.id("top-volume")).getText()).contains("IRN");
        waitFor().until(d -> !d.findElement(By.id("alerts")).getText().isEmpty());
        // weeks on a time axis, so a gap between them keeps its length
        assertThat(driver.executeScript("return echarts.getInstanceByDom(document.getElementById('counts'))"
                + ".getOption().xAxis[0].type")).isEqualTo("time");
        // no table needs a scroll bar, and every cell (the change column and alert weeks too) is one line high
        for (String card : List.of("top-volume", "top-change", "alerts")) {
            assertThat(((Number) driver.executeScript("const c = document.getElementById(arguments[0]);"
                    + " return c.scrollWidth - c.clientWidth", card)).intValue()).as(card).isLessThanOrEqualTo(0);
        }
        assertThat(driver.findElements(By.cssSelector("#top-volume td.num, #alerts td.nowrap")))
                .isNotEmpty().allSatisfy(td -> assertThat((Boolean) driver.executeScript("const r ="
                        + " document.createRange(); r.selectNodeContents(arguments[0]); return"
                        + " r.getBoundingClientRect().height < 1.8 * parseFloat(getComputedStyle(arguments[0]).fontSize)",
                        td)).as(td.getText()).isTrue());
        Browser.screenshot(driver, "overview");
    }

    @Test
    void dyadViewListsTheEventsOfAClickedPoint() {
        open("dyad.html?a=IRN&b=PAK&by=day");
        waitFor().until(d -> d.findElement(By.id("timeline")).getDomAttribute("data-points") != null);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-list li")));
        // Click the cooperation or conflict bar of another day than the one shown.
        JavascriptExecutor js = driver;
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) js.executeScript(
                "const c = echarts.getInstanceByDom(document.getElementById('timeline'));"
                        + "const o = c.getOption(); const shown = document.getElementById('events-title').textContent;"
                        + "for (let s = 0; s < 2; s++) { const data = o.series[s].data;"
                        + "  for (let i = 0; i < data.length; i++) { const day = o.xAxis[0].data[i];"
                        + "    const below = s === 0 ? 0 : o.series[0].data[i];"
                        + "    if (data[i] > 0 && !shown.includes(day)) { const p = c.convertToPixel({seriesIndex: s}, [i, below + data[i] / 2]);"
                        + "      return [p[0], p[1], day]; } } } return null;");
        assertThat(target).as("a second day with events").isNotNull();
        WebElement chart = driver.findElement(By.id("timeline"));
        int x = (int) Math.round(((Number) target.get(0)).doubleValue() - chart.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) target.get(1)).doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(chart, x, y).click().perform();
        String day = (String) target.get(2);
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-title"), day));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-list li")));
        List<WebElement> items = driver.findElements(By.cssSelector("#report-list li"));
        assertThat(items).isNotEmpty();
        assertThat(items.get(0).findElement(By.cssSelector("mark.hl-trigger")).getText()).isNotBlank();
        assertThat(items.get(0).findElement(By.cssSelector("a[href^='article.html?seq=']"))).isNotNull();
        Browser.screenshot(driver, "dyad");
    }

    @Test
    void mapListsTheEventsAndSentencesOfAClickedPlace() {
        open("map.html?a=IRN&b=PAK");
        waitFor().until(d -> d.findElement(By.id("map")).getDomAttribute("data-points") != null);
        assertThat(Integer.parseInt(driver.findElement(By.id("map")).getDomAttribute("data-points"))).isPositive();
        assertThat(driver.findElement(By.id("summary")).getText()).contains("placed events");
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "const c = echarts.getInstanceByDom(document.getElementById('map'));"
                        + "const p = c.getOption().series[0].data[0];"
                        + "const xy = c.convertToPixel({geoIndex: 0}, [p.value[0], p.value[1]]); return [xy[0], xy[1]];");
        WebElement map = driver.findElement(By.id("map"));
        int x = (int) Math.round(((Number) target.get(0)).doubleValue() - map.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) target.get(1)).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(map, x, y).click().perform();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#place-events li")));
        WebElement first = driver.findElements(By.cssSelector("#place-events li")).get(0);
        assertThat(first.findElement(By.cssSelector("mark.hl-trigger")).getText()).isNotBlank();
        assertThat(first.findElement(By.cssSelector("a[href^='article.html?seq=']"))).isNotNull();
        assertThat(driver.findElement(By.id("place-title")).getText()).startsWith("Events at ");
        Browser.screenshot(driver, "map");
    }

    @Test
    void articleReaderHighlightsActorsAndEventsAndExplains() {
        long seq = seqOf("ankara");
        JsonNode doc = admin.get("/api/articles/" + seq).json();
        open("article.html?seq=" + seq);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.hl-trigger")));
        List<WebElement> actors = driver.findElements(By.cssSelector("#text mark.hl-actor"));
        assertThat(actors).isNotEmpty();
        assertThat(driver.findElement(By.id("text")).getText()).isEqualTo(doc.get("text").asText().strip());
        assertThat(actors.stream().map(WebElement::getText)).contains("Turkey", "Iran");
        assertThat(driver.findElements(By.cssSelector("#events .event"))).hasSize(doc.get("events").size());
        String trigger = doc.get("events").get(0).at("/trigger/text").asText();
        assertThat(driver.findElements(By.cssSelector("#text mark.hl-trigger")).stream().map(WebElement::getText))
                .contains(trigger);
        // a rule's long word list wraps inside its event box instead of running past it
        assertThat(driver.findElements(By.cssSelector("#events .event .rule"))).isNotEmpty().allSatisfy(rule ->
                assertThat(((Number) driver.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth",
                        rule)).intValue()).isLessThanOrEqualTo(0));
        Browser.screenshot(driver, "article");
        driver.findElement(By.cssSelector("#events .event button.why")).click();
        WebElement pre = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pre.explain")));
        assertThat(pre.getText()).contains("rules:", "events:");
    }

    @Test
    void aReplyWithoutARequiredFieldShowsTheError() {
        open("article.html?seq=" + seqOf("airstrikes"));
        WebElement form = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#discussion form.reply-form")));
        form.findElement(By.name("text")).sendKeys("A comment without a name.");
        form.findElement(By.name("email")).sendKeys("noname@example.org");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#discussion .error")));
        assertThat(error.getText()).contains("required").contains("name");
        assertThat(form.findElement(By.cssSelector("label")).getText()).contains("*");
    }

    @Test
    void aPostedReplyNeverShowsTheEmail() {
        long seq = seqOf("restore");
        String email = "visible.never@example.org";
        open("article.html?seq=" + seq);
        WebElement form = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#discussion form.reply-form")));
        form.findElement(By.name("text")).sendKeys("Both sides stepped back quickly.");
        form.findElement(By.name("name")).sendKeys("Careful Reader");
        form.findElement(By.name("email")).sendKeys(email);
        form.findElement(By.name("website")).sendKeys("https://reader.example.org/");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement notice = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#discussion .notice")));
        assertThat(notice.getText()).contains("moderation");
        approveAllPending();
        open("article.html?seq=" + seq);
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("discussion"), "Careful Reader"));
        assertThat(driver.findElement(By.id("discussion")).getText()).contains("Both sides stepped back quickly.");
        assertThat(driver.getPageSource()).doesNotContain(email).doesNotContain("visible.never");
        Browser.screenshot(driver, "discussion");
    }

    @Test
    void scriptAndHtmlInARepliesRenderAsTextAndRunNothing() {
        long seq = seqOf("airstrikes");
        String payload = "<script>window.__xss = 1; alert('s')</script> <img src=x onerror=\"window.__xss = 2; alert('i')\">"
                + " <a href=\"javascript:alert('a')\">click me</a> <b>bold</b> <iframe src=\"javascript:alert(4)\"></iframe>";
        ApiClient.Response r = admin.post("/api/articles/" + seq + "/replies", Map.of("text", payload,
                "name", "<img src=x onerror=alert('n')>Mallory", "email", "mallory@example.org"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        approveAllPending();
        open("article.html?seq=" + seq);
        WebElement reply = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[@class='reply'][contains(., 'Mallory')]")));
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(reply.findElement(By.className("text")).getText()).isEqualTo(payload);
        assertThat(reply.findElement(By.className("who")).getText()).isEqualTo("<img src=x onerror=alert('n')>Mallory");
        for (String injected : List.of("script", "img", "a", "b", "iframe")) {
            assertThat(reply.findElements(By.cssSelector(".text " + injected + ", .who " + injected))).as(injected)
                    .isEmpty();
        }
        assertThat(driver.findElements(By.cssSelector("#discussion a[href^='javascript']"))).isEmpty();
        Browser.screenshot(driver, "xss-reply");
    }

    @Test
    void otherPagesRender() {
        open("network.html?from=2024-01-01&to=2024-01-31");
        waitFor().until(d -> d.findElement(By.id("graph")).getDomAttribute("data-nodes") != null);
        assertThat(driver.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        // a colour names a bloc of several actors; actors alone are listed apart, in grey
        assertThat(driver.findElements(By.cssSelector("#blocs > span"))).extracting(WebElement::getText)
                .filteredOn(t -> t.startsWith("bloc ")).allSatisfy(t -> assertThat(t).contains(", "));
        Browser.screenshot(driver, "network");
        open("actor.html?actor=IRN");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#partners table, #adversaries table")));
        Browser.screenshot(driver, "actor");
        open("search.html?q=Iran");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events table")));
        // the two lists load separately: wait for the second too (checking it at once failed now and then)
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles li")));
        assertThat(driver.findElements(By.cssSelector("#articles li"))).isNotEmpty();
        Browser.screenshot(driver, "search");
        open("code.html");
        driver.findElement(By.id("text")).sendKeys("Pakistan launched airstrikes on Iran.");
        driver.findElement(By.cssSelector("#code-form button")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events .event")));
        assertThat(driver.findElements(By.cssSelector("#doc mark.hl-trigger"))).isNotEmpty();
        Browser.screenshot(driver, "code");
        admin.post("/api/articles/" + seqOf("ankara") + "/replies", Map.of("text", "Is the trade figure right?",
                "name", "New Reader", "email", "new.reader@example.org", "website", "https://new.example.org/"));
        open("admin.html");
        driver.findElement(By.id("token")).sendKeys(TOKEN);
        driver.findElement(By.cssSelector("#token-form button")).click();
        WebElement pending = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pending table")));
        assertThat(pending.getText()).contains("Is the trade figure right?").doesNotContain("new.reader@example.org");
        Browser.screenshot(driver, "moderation");
        pending.findElement(By.xpath(".//tr[contains(., 'Is the trade figure right?')]//button[text()='Approve']")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("pending"),
                "Is the trade figure right?")));
    }

    @Test
    void anEmptyStoreSaysHowToFillIt() {
        Path empty = dir.resolve("empty");
        detente.store.Store.open(empty).close();
        try (Server bare = Server.create(c -> {
            c.port = 0;
            c.dataDir = empty;
            c.adminToken = TOKEN;
        }).start()) {
            driver.get(bare.url() + "/index.html");
            WebElement counts = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#counts pre.howto")));
            assertThat(counts.getText()).contains("./detente ingest --data DIR", "./detente import gdelt");
            assertThat(driver.findElement(By.id("counts")).getText()).contains("No events stored yet.");
            Browser.screenshot(driver, "empty-store");
        }
    }

    static void approveAllPending() {
        JsonNode pending = admin.get("/api/replies?status=pending&limit=500", "Authorization", "Bearer " + TOKEN)
                .json();
        for (JsonNode reply : pending.get("items")) {
            admin.post("/api/replies/" + reply.get("id").asLong() + "/approve", Map.of(),
                    "Authorization", "Bearer " + TOKEN);
        }
    }
}
