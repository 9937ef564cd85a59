package detente.watch;

import detente.analysis.Alert;
import detente.analysis.Analysis;
import detente.analysis.DyadPoint;
import detente.analysis.DyadQuery;
import detente.analysis.DyadTimeline;
import detente.store.Store;
import detente.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * After each batch that stored new articles: the alerts the store now holds (escalation and de-escalation by the
 * existing method of {@code detente alerts}, and a watched dyad's weekly tension moving by more than the set
 * amount) that were not sent before and whose dyad is not muted are recorded in {@code alerts_sent} and delivered
 * by webhook and e-mail; the server's {@code /api/alerts.atom} reads the same table. The record is written before
 * delivery, so a restart never sends an alert twice (a delivery that failed is logged and kept as failed).
 */
public final class AlertWatch implements Watcher.AfterBatch {

    /** Events listed in one alert, strongest first. */
    static final int EVENTS_LISTED = 5;

    private final AlertSettings settings;
    private final Consumer<String> messages;
    private final Clock clock;
    private final AlertDelivery delivery;

    public AlertWatch(AlertSettings settings, Consumer<String> messages, Clock clock) {
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.delivery = new AlertDelivery(settings);
    }

    @Override
    public void after(Store store, Watcher.Batch batch) {
        if (batch.stored() > 0) {
            check(store);
        }
    }

    /** Finds new alerts, records and delivers them; returns those sent. */
    public List<AlertMessage> check(Store store) {
        List<AlertMessage> sent = new ArrayList<>();
        for (AlertMessage m : candidates(store)) {
            if (muted(store.connection(), m.a(), m.b()) || !record(store.connection(), m)) {
                continue;
            }
            String webhook = delivery.webhook(m);
            String email = delivery.email(m);
            for (String status : new String[] {webhook, email}) {
                if (status != null && !status.equals(AlertDelivery.SENT)) {
                    messages.accept(m.title() + ": " + status);
                }
            }
            update(store.connection(), m.key(), webhook, email);
            sent.add(m);
        }
        return sent;
    }

    private List<AlertMessage> candidates(Store store) {
        Analysis analysis = new Analysis(store);
        List<AlertMessage> out = new ArrayList<>();
        for (Alert a : analysis.alerts(null)) {
            List<String> dyad = AlertSettings.ordered(a.a(), a.b());
            out.add(AlertMessage.of(a.kind(), dyad.get(0), dyad.get(1), a.from(), a.to(), a.score(),
                    String.format(Locale.ROOT, "score %.1f: intensity %.1f against a baseline of %.1f", a.score(),
                            a.observed(), a.baseline()),
                    events(store.connection(), a.eventIds()), settings.dashboardUrl()));
        }
        for (List<String> dyad : settings.dyads()) {
            DyadTimeline t = analysis.dyad(DyadQuery.of(dyad.get(0), dyad.get(1)));
            List<DyadPoint> points = t.points();
            if (points.size() < 2) {
                continue;
            }
            DyadPoint last = points.get(points.size() - 1);
            DyadPoint before = points.get(points.size() - 2);
            double change = last.tension() - before.tension();
            if (Math.abs(change) > settings.tensionChange()) {
                List<String> ids = new ArrayList<>(last.eventIds());
                java.util.Collections.reverse(ids);
                out.add(AlertMessage.of(AlertMessage.TENSION, dyad.get(0), dyad.get(1), last.period(),
                        last.period().plusDays(6), change,
                        String.format(Locale.ROOT, "tension %s from %.0f to %.0f (%+.1f; alert above ±%.0f)",
                                change > 0 ? "rose" : "fell", before.tension(), last.tension(), change,
                                settings.tensionChange()),
                        events(store.connection(), ids), settings.dashboardUrl()));
            }
        }
        return out;
    }

    /** Each event with its first report's sentence, in the order given, at most {@link #EVENTS_LISTED}. */
    static List<AlertMessage.EventLine> events(Connection c, List<String> ids) {
        List<AlertMessage.EventLine> lines = new ArrayList<>();
        String sql = "SELECT e.id, e.date, e.source_code, e.target_code, e.cameo, m.sentence_text, a.seq"
                + " FROM events e LEFT JOIN event_mentions m ON m.event_id = e.id LEFT JOIN articles a"
                + " ON a.id = m.article_id WHERE e.id = ? ORDER BY a.seq NULLS LAST, m.id LIMIT 1";
        for (String id : ids.subList(0, Math.min(EVENTS_LISTED, ids.size()))) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        java.sql.Date d = r.getDate(2);
                        lines.add(new AlertMessage.EventLine(r.getString(1), d == null ? null : d.toLocalDate(),
                                r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                                r.getObject(7) == null ? null : r.getLong(7)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("store failed: " + e.getMessage(), e);
            }
        }
        return lines;
    }

    /** Whether the dyad is muted, in the store or in the settings. */
    private boolean muted(Connection c, String a, String b) {
        if (settings.mute().contains(List.of(a, b))) {
            return true;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM alert_mutes WHERE a = ? AND b = ?")) {
            p.setString(1, a);
            p.setString(2, b);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
    }

    /** Records the alert; false when it was recorded (and so sent) before. */
    private boolean record(Connection c, AlertMessage m) {
        String sql = "INSERT INTO alerts_sent (alert_key, kind, a, b, week_from, week_to, score, title, body,"
                + " event_ids, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, m.key());
            p.setString(2, m.kind());
            p.setString(3, m.a());
            p.setString(4, m.b());
            p.setObject(5, m.from());
            p.setObject(6, m.to());
            p.setDouble(7, m.score());
            p.setString(8, m.title());
            p.setString(9, m.text());
            p.setString(10, String.join(",", m.events().stream().map(AlertMessage.EventLine::id).toList()));
            p.setTimestamp(11, Timestamp.from(clock.instant()));
            return p.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
    }

    private static void update(Connection c, String key, String webhook, String email) {
        try (PreparedStatement p = c.prepareStatement("UPDATE alerts_sent SET webhook = ?, email = ? WHERE alert_key = ?")) {
            p.setString(1, webhook);
            p.setString(2, email);
            p.setString(3, key);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
    }

    /** Mutes (or unmutes) a dyad's alerts in the store. */
    public static void mute(Store store, String a, String b, boolean on, Clock clock) {
        List<String> dyad = AlertSettings.ordered(a, b);
        String sql = on ? "INSERT INTO alert_mutes VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                : "DELETE FROM alert_mutes WHERE a = ? AND b = ?";
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            p.setString(1, dyad.get(0));
            p.setString(2, dyad.get(1));
            if (on) {
                p.setTimestamp(3, Timestamp.from(clock.instant()));
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
    }
}
