package detente.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import detente.store.Store;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts reach people once: a planted escalation (Iran–Pakistan, January 2024, after twelve quiet weeks) goes to a
 * webhook on 127.0.0.1 as a Slack/Mattermost body and to an SMTP server on 127.0.0.1 (GreenMail); checking again,
 * or after a restart, sends nothing; a muted dyad sends nothing.
 */
class AlertWatchIT {

    @TempDir
    Path dir;

    FeedServer hooks;
    GreenMail mail;
    final List<String> posts = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void servers() throws Exception {
        hooks = new FeedServer().on("/hooks/desk", ex -> {
            posts.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            FeedServer.send(ex, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
        });
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterEach
    void stop() {
        hooks.close();
        mail.stop();
    }

    AlertSettings settings(List<List<String>> mute) {
        return new AlertSettings(hooks.url("/hooks/desk"), new AlertSettings.Smtp("127.0.0.1",
                mail.getSmtp().getPort(), "detente@example.org", List.of("desk@example.org"), null, null, false),
                15, List.of(), mute, "http://127.0.0.1:7070");
    }

    /** Twelve weeks with one complaint a week between Iran and Pakistan, then a week of strikes. */
    static void plantEscalation(Store store) throws SQLException {
        String sql = "INSERT INTO events (id, global_id, origin, date, source_key, source_code, source_country,"
                + " target_key, target_code, target_country, cameo, base_code, root_code, quad, goldstein,"
                + " num_mentions, num_sources, num_articles, added_at)"
                + " VALUES (?, ?, 'gdelt', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, current_timestamp)";
        LocalDate monday = LocalDate.of(2023, 10, 23);
        int n = 0;
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            for (int week = 0; week < 12; week++) {
                insert(p, "c" + n, ++n, monday.plusWeeks(week).plusDays(2), "PAKGOV", "IRNGOV", "112", 3, -2.0);
            }
            for (int i = 0; i < 8; i++) {
                insert(p, "s" + n, ++n, LocalDate.of(2024, 1, 16 + i % 3), i % 2 == 0 ? "IRNMIL" : "PAKMIL",
                        i % 2 == 0 ? "PAKMIL" : "IRNMIL", "195", 4, -10.0);
            }
        }
    }

    static void insert(PreparedStatement p, String id, long global, LocalDate date, String source, String target,
                       String cameo, int quad, double goldstein) throws SQLException {
        p.setString(1, id);
        p.setLong(2, global);
        p.setDate(3, Date.valueOf(date));
        p.setString(4, source);
        p.setString(5, source);
        p.setString(6, source.substring(0, 3));
        p.setString(7, target);
        p.setString(8, target);
        p.setString(9, target.substring(0, 3));
        p.setString(10, cameo);
        p.setString(11, cameo);
        p.setString(12, cameo.substring(0, 2));
        p.setInt(13, quad);
        p.setDouble(14, goldstein);
        p.executeUpdate();
    }

    @Test
    void anEscalationGoesToTheWebhookAndByMailOnceEvenAfterARestart() throws Exception {
        try (Store store = Store.open(dir)) {
            plantEscalation(store);
            List<AlertMessage> sent = new AlertWatch(settings(List.of()), messages::add, Clock.systemUTC()).check(store);
            assertThat(sent).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo("escalation");
                assertThat(List.of(m.a(), m.b())).containsExactly("IRN", "PAK");
                assertThat(m.from()).isEqualTo(LocalDate.of(2024, 1, 15));
                assertThat(m.events()).isNotEmpty().allSatisfy(e -> assertThat(e.cameo()).isEqualTo("195"));
            });
            assertThat(messages).isEmpty();
            assertThat(posts).hasSize(1);
            JsonNode body = new ObjectMapper().readTree(posts.get(0));
            assertThat(body.get("text").asText()).startsWith("Escalation: IRN – PAK, week of 2024-01-15 (score ")
                    .contains("http://127.0.0.1:7070/event.html?id=s")
                    .contains("http://127.0.0.1:7070/dyad.html?a=IRN&b=PAK");
            assertThat(body.at("/alert/kind").asText()).isEqualTo("escalation");
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("detente: Escalation: IRN – PAK, week of 2024-01-15");
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("desk@example.org");
            assertThat(String.valueOf(received[0].getContent())).contains("/event.html?id=s");

            assertThat(new AlertWatch(settings(List.of()), messages::add, Clock.systemUTC()).check(store)).isEmpty();
        }
        try (Store store = Store.open(dir)) { // a restart
            assertThat(new AlertWatch(settings(List.of()), messages::add, Clock.systemUTC()).check(store)).isEmpty();
            assertThat(WatcherIT.strings(store, "SELECT webhook || ' ' || email FROM alerts_sent"))
                    .containsExactly("sent sent");
        }
        assertThat(posts).hasSize(1);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMutedDyadSendsNothingAndAFailingWebhookIsLogged() throws Exception {
        try (Store store = Store.open(dir)) {
            plantEscalation(store);
            AlertWatch.mute(store, "pak", "irn", true, Clock.systemUTC());
            assertThat(new AlertWatch(settings(List.of()), messages::add, Clock.systemUTC()).check(store)).isEmpty();
            assertThat(new AlertWatch(settings(List.of(List.of("IRN", "PAK"))), messages::add, Clock.systemUTC())
                    .check(store)).isEmpty();
            assertThat(posts).isEmpty();
            AlertWatch.mute(store, "IRN", "PAK", false, Clock.systemUTC());
            AlertSettings broken = new AlertSettings(hooks.url("/hooks/gone"), null, 15, List.of(), List.of(), null);
            assertThat(new AlertWatch(broken, messages::add, Clock.systemUTC()).check(store)).hasSize(1);
            assertThat(messages).singleElement().asString()
                    .isEqualTo("Escalation: IRN – PAK, week of 2024-01-15: webhook failed: HTTP 404");
        }
    }
}
