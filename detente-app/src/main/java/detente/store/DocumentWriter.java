package detente.store;

import detente.dedup.ContentHash;
import detente.dedup.EventMatch;
import detente.dedup.Outlet;
import detente.dedup.Places;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Mention;
import detente.doc.Participant;
import detente.doc.Place;
import detente.doc.TextSpan;
import detente.doc.Quantity;
import detente.doc.Quote;
import detente.doc.Sentence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes coded documents to the store. {@link #write} stores an article and everything derived from it in one
 * transaction, so a crash leaves either all of it or none; an article whose exact text is already stored is a
 * duplicate and adds nothing. Event reports are attached to a matching real-world event ({@link EventMatch})
 * or start a new one, and the event's mention, article and source counts are recomputed.
 */
public final class DocumentWriter {

    /** What writing one document did. */
    public record Result(boolean added, int mentions, int newEvents) {
        static final Result DUPLICATE = new Result(false, 0, 0);
    }

    private final Connection c;

    public DocumentWriter(Store store) {
        this.c = store.connection();
    }

    /** True when an article with exactly this text is stored. */
    public boolean contains(String contentHash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
            p.setString(1, contentHash);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Stores the document atomically; a duplicate (same text) is skipped. */
    public Result write(Document d) throws SQLException {
        return write(d, null);
    }

    /** Stores {@code d}; {@code extraction} is JSON on how its text and date were obtained (or null). */
    public Result write(Document d, String extraction) throws SQLException {
        String hash = ContentHash.of(d.text());
        c.setAutoCommit(false);
        try {
            if (contains(hash)) {
                c.rollback();
                return Result.DUPLICATE;
            }
            if (exists("SELECT 1 FROM articles WHERE id = ?", d.article().id())) {
                throw new StoreException("article id " + d.article().id() + " is stored with different text", null);
            }
            insertArticle(d.article(), hash, extraction);
            Result result = writeDerived(d);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Writes the layers of an already stored article (no transaction handling: the caller owns it). */
    public Result writeDerived(Document d) throws SQLException {
        String id = d.article().id();
        for (Sentence s : d.sentences()) {
            insert("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)", id, s.index(), s.start(), s.end(),
                    s.firstToken(), s.endToken());
        }
        int i = 0;
        for (Mention m : d.mentions()) {
            insert("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, i++, m.sentence(),
                    m.start(), m.end(), m.firstToken(), m.endToken(), m.head(), m.text(), m.actor().code(),
                    m.actor().country(), m.actor().group(), m.actor().name(), m.via().label(), m.sponsor());
        }
        i = 0;
        for (Quote q : d.quotes()) {
            Participant sp = q.speaker();
            insert("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, i++, q.text(), q.start(), q.end(),
                    sp == null ? null : sp.code(), sp == null ? null : sp.name(), sp == null ? null : sp.text(),
                    q.verb());
        }
        i = 0;
        for (Quantity q : d.quantities()) {
            insert("INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, i++, q.kind(), q.low(),
                    q.high(), q.unit(), q.text(), q.start(), q.end(), q.event());
        }
        List<Places.Place> places = Places.of(d);
        i = 0;
        for (Places.Place p : places) {
            insert("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)", id, i++, p.sentence(), p.span().text(),
                    p.span().start(), p.span().end());
        }
        Set<String> touched = new LinkedHashSet<>();
        int mentions = 0;
        int newEvents = 0;
        for (Event e : d.events()) {
            String place = Places.ofEvent(e, places);
            String eventId = match(e, place);
            if (eventId == null) {
                eventId = e.id();
                insertEvent(e, place);
                newEvents++;
            }
            if (insertMention(e, eventId, place) > 0) {
                mentions++;
                touched.add(eventId);
            }
        }
        for (String eventId : touched) {
            recount(eventId);
        }
        return new Result(true, mentions, newEvents);
    }

    private String match(Event e, String place) throws SQLException {
        EventMatch.Report report = EventMatch.report(e, place);
        // A stored date of year precision can start up to a year before this one; EventMatch decides.
        String sql = "SELECT id, cameo, date, place, date_precision FROM events WHERE origin = 'detente'"
                + " AND source_key IS NOT DISTINCT FROM ? AND target_key IS NOT DISTINCT FROM ? AND root_code = ?"
                + (e.date() == null ? " AND date IS NULL AND ? IS NULL AND ? IS NULL"
                : " AND date BETWEEN CAST(? AS DATE) - INTERVAL 367 DAY AND CAST(? AS DATE) + INTERVAL 1 DAY")
                + " ORDER BY global_id";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            set(p, 1, report.sourceKey());
            set(p, 2, report.targetKey());
            set(p, 3, root(e));
            set(p, 4, e.date());
            set(p, 5, EventMatch.lastDay(e.date(), e.datePrecision()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Date date = r.getDate(3);
                    EventMatch.Report stored = new EventMatch.Report(report.sourceKey(), report.targetKey(),
                            r.getString(2), date == null ? null : date.toLocalDate(), r.getString(5), r.getString(4));
                    if (EventMatch.sameEvent(stored, report)) {
                        return r.getString(1);
                    }
                }
            }
        }
        return null;
    }

    private void insertArticle(Article a, String hash, String extraction) throws SQLException {
        insert("INSERT INTO articles (id, seq, title, date, url, source, author, language, text, content_hash,"
                        + " duplicate_group, outlet, ingested_at, extractor, extraction)"
                        + " VALUES (?, nextval('article_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?, ?)",
                a.id(), a.title(), a.date(), a.url(), a.source(), a.author(), a.language(), a.text(), hash,
                ContentHash.group(a.text()), Outlet.of(a), "detente", extraction);
    }

    private void insertEvent(Event e, String place) throws SQLException {
        Participant s = e.source();
        Participant t = e.target();
        insert("INSERT INTO events (id, global_id, origin, date, source_key, source_code, source_country,"
                        + " source_group, source_name, target_key, target_code, target_country, target_group,"
                        + " target_name, cameo, base_code, root_code, quad, goldstein, plover_event, plover_mode,"
                        + " plover_context, place, num_mentions, num_sources, num_articles, first_article, added_at,"
                        + " place_country, place_admin1, place_lat, place_lon, place_precision, place_name, place_level,"
                        + " place_start, place_end, date_precision, date_text, date_start, date_end)"
                        + " VALUES (?, nextval('event_seq'), 'detente', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, 0, 0, 0, ?, current_timestamp, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.date(), s.key(), s.code(), s.country(), s.group(), s.name(), t == null ? null : t.key(),
                t == null ? null : t.code(), t == null ? null : t.country(), t == null ? null : t.group(),
                t == null ? null : t.name(), e.cameo(), e.cameo().substring(0, Math.min(3, e.cameo().length())),
                root(e), e.quad(), e.goldstein(), e.plover() == null ? null : e.plover().event(),
                e.plover() == null ? null : e.plover().mode(), e.plover() == null ? null : e.plover().context(),
                place, e.article(), loc(e, 0), loc(e, 1), loc(e, 2), loc(e, 3), loc(e, 4), loc(e, 8), loc(e, 5),
                loc(e, 6), loc(e, 7), e.datePrecision(), when(e, 0), when(e, 1), when(e, 2));
    }

    /**
     * The parts of an event's resolved location: country, admin1, lat, lon, precision, level, start, end, name; null
     * when it has none.
     */
    private static Object loc(Event e, int part) {
        Place p = e.location();
        if (p == null) {
            return null;
        }
        return switch (part) {
            case 0 -> p.country();
            case 1 -> p.admin1();
            case 2 -> p.lat();
            case 3 -> p.lon();
            case 4 -> p.precision();
            case 5 -> p.level();
            case 6 -> p.start();
            case 7 -> p.end();
            default -> p.name();
        };
    }

    /** The time expression that dated an event: text, start, end; null when none did. */
    private static Object when(Event e, int part) {
        TextSpan span = e.dateSpan();
        if (span == null) {
            return null;
        }
        return switch (part) {
            case 0 -> span.text();
            case 1 -> span.start();
            default -> span.end();
        };
    }

    private int insertMention(Event e, String eventId, String place) throws SQLException {
        Participant s = e.source();
        Participant t = e.target();
        return insert("INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                e.id(), eventId, e.article(), e.date(), e.sentence(), e.text(), e.trigger().text(),
                e.trigger().start(), e.trigger().end(), e.rule(), e.confidence(), e.cameo(), root(e), e.quad(),
                e.goldstein(), e.plover() == null ? null : e.plover().event(),
                e.plover() == null ? null : e.plover().mode(), e.plover() == null ? null : e.plover().context(),
                s.code(), s.country(), s.group(), s.name(), s.text(), s.start(), s.end(),
                t == null ? null : t.code(), t == null ? null : t.country(), t == null ? null : t.group(),
                t == null ? null : t.name(), t == null ? null : t.text(), t == null ? null : t.start(),
                t == null ? null : t.end(), place, loc(e, 0), loc(e, 1), loc(e, 2), loc(e, 3), loc(e, 4), loc(e, 8),
                loc(e, 5), loc(e, 6), loc(e, 7), e.datePrecision(), when(e, 0), when(e, 1), when(e, 2));
    }

    /** Recomputes an event's counts from its mentions, GDELT-style, and fills a missing place. */
    void recount(String eventId) throws SQLException {
        insert("UPDATE events SET"
                + " num_mentions = (SELECT count(*) FROM event_mentions WHERE event_id = ?),"
                + " num_articles = (SELECT count(DISTINCT article_id) FROM event_mentions WHERE event_id = ?),"
                + " num_sources = (SELECT count(DISTINCT a.outlet) FROM event_mentions m JOIN articles a"
                + "   ON a.id = m.article_id WHERE m.event_id = ?),"
                + " place = coalesce(place, (SELECT min(place) FROM event_mentions WHERE event_id = ?))"
                + " WHERE id = ?", eventId, eventId, eventId, eventId, eventId);
    }

    private static String root(Event e) {
        return EventMatch.root(e);
    }

    private boolean exists(String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private int insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                set(p, i + 1, values[i]);
            }
            return p.executeUpdate();
        }
    }

    static void set(PreparedStatement p, int index, Object value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.VARCHAR);
        } else if (value instanceof java.time.LocalDate d) {
            p.setObject(index, d);
        } else if (value instanceof Integer n) {
            p.setInt(index, n);
        } else if (value instanceof Double n) {
            p.setDouble(index, n);
        } else {
            p.setObject(index, value);
        }
    }
}
