package detente.server;

import detente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live parts of the dashboard in a browser: the overview shows an event stored while it is open, without a
 * reload, and "last updated"; the Sources page shows each watched source's health. The store is written directly,
 * as the watcher in the same process would.
 */
class LiveDashboardBrowserIT {

    @TempDir
    static Path dir;
    static Server server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        server = Server.create(c -> {
            c.port = 0;
            c.dataDir = dir.resolve("data");
        }).start();
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

    static void sql(String statement) throws Exception {
        try (Store s = server.newConnection(); Statement st = s.connection().createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void anEventStoredWhileTheOverviewIsOpenAppearsWithoutAReload() throws Exception {
        driver.get(server.url() + "/index.html");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("last-updated"), "last updated never"));
        Object marker = driver.executeScript("window.notReloaded = true; return true;");
        assertThat(marker).isEqualTo(true);
        sql("INSERT INTO articles (id, seq, title, date, url, source, author, language, text, content_hash,"
                + " duplicate_group, outlet, ingested_at) VALUES ('https://news.example.org/a', 1, 'Strike',"
                + " DATE '2024-01-17', 'https://news.example.org/a', 'Example', NULL, 'en', 'Iran struck targets in"
                + " Pakistan.', 'h1', 'g1', 'example', current_timestamp)");
        sql("INSERT INTO events (id, global_id, origin, date, source_key, source_code, source_country, target_key,"
                + " target_code, target_country, cameo, base_code, root_code, quad, goldstein, num_mentions,"
                + " num_sources, num_articles, added_at) VALUES ('ev-strike', 1, 'detente', DATE '2024-01-17', 'IRN',"
                + " 'IRN', 'IRN', 'PAK', 'PAK', 'PAK', '195', '195', '19', 4, -10.0, 1, 1, 1, current_timestamp)");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#latest li.fresh[data-event='ev-strike']")));
        assertThat(driver.findElement(By.id("latest")).getText()).contains("IRN → PAK (195)");
        assertThat(driver.findElement(By.id("latest-title")).getText()).contains("1 new since you opened this page");
        assertThat(driver.findElement(By.id("last-updated")).getText()).contains("1 articles · 1 events")
                .doesNotContain("never");
        assertThat(driver.executeScript("return window.notReloaded === true")).isEqualTo(true);
        Browser.screenshot(driver, "live-overview");
    }

    @Test
    void theSourcesPageShowsEachSourcesHealth() throws Exception {
        sql("INSERT INTO watch_sources (source_key, name, kind, url, interval_seconds, last_poll, last_success,"
                + " polls, items_seen, items_new, articles_stored) VALUES ('https://news.example.org/rss',"
                + " 'Regional desk', 'feed', 'https://news.example.org/rss', 600, current_timestamp,"
                + " current_timestamp, 3, 60, 20, 18)");
        sql("INSERT INTO watch_sources (source_key, name, kind, url, interval_seconds, last_poll, last_error,"
                + " last_error_at, consecutive_errors, polls) VALUES ('https://broken.example.net/feed', 'Broken wire',"
                + " NULL, 'https://broken.example.net/feed', 600, current_timestamp, 'not a valid RSS/Atom feed"
                + " (Content is not allowed in prolog at line 1)', current_timestamp, 2, 2)");
        driver.get(server.url() + "/sources.html");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sources tbody tr")));
        assertThat(driver.findElements(By.cssSelector("#sources tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("[data-health='failing']")).getText()).isEqualTo("failing");
        assertThat(driver.findElement(By.cssSelector("[data-health='ok']")).getText()).isEqualTo("ok");
        assertThat(driver.findElement(By.id("sources")).getText()).contains("not a valid RSS/Atom feed")
                .contains("2 in a row").contains("Regional desk");
        assertThat(driver.findElement(By.id("summary")).getText()).isEqualTo("(2 watched, 1 failing)");
        Browser.screenshot(driver, "sources");
    }
}
