package detente.spark;

import detente.dedup.ContentHash;
import detente.dedup.EventMatch;
import detente.dedup.Outlet;
import detente.dedup.Places;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Participant;
import detente.doc.Plover;
import detente.doc.Quantity;
import detente.doc.Quote;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A coded document as rows of the output tables, column for column what {@code DocumentWriter} stores: the
 * article, its quotes and quantities, and one {@link Report} per coded event with the place phrase of its
 * sentence.
 */
final class DocumentRows {

    private DocumentRows() {
    }

    static Coded of(Document d, long seq, LocalDateTime now) {
        Article a = d.article();
        String outlet = Outlet.of(a);
        Row article = RowFactory.create(a.id(), seq, a.title(), a.date(), a.url(), a.source(), a.author(),
                a.language(), a.text(), ContentHash.of(a.text()), ContentHash.group(a.text()), outlet, now,
                "detente", null);
        List<Row> quotes = new ArrayList<>();
        for (Quote q : d.quotes()) {
            Participant sp = q.speaker();
            quotes.add(RowFactory.create(a.id(), quotes.size(), q.text(), q.start(), q.end(),
                    sp == null ? null : sp.code(), sp == null ? null : sp.name(), sp == null ? null : sp.text(),
                    q.verb()));
        }
        List<Row> quantities = new ArrayList<>();
        for (Quantity q : d.quantities()) {
            quantities.add(RowFactory.create(a.id(), quantities.size(), q.kind(), q.low(), q.high(), q.unit(),
                    q.text(), q.start(), q.end(), q.event()));
        }
        List<Places.Place> places = Places.of(d);
        List<Report> reports = new ArrayList<>();
        for (Event e : d.events()) {
            String place = Places.ofEvent(e, places);
            EventMatch.Report r = EventMatch.report(e, place);
            reports.add(new Report(seq, reports.size(), r.sourceKey(), r.targetKey(), EventMatch.root(e), outlet,
                    mention(e, place)));
        }
        return new Coded(article, quotes, quantities, reports, null);
    }

    /** The {@code event_mentions} row, with a null {@code event_id} until deduplication assigns one. */
    private static Row mention(Event e, String place) {
        Participant s = e.source();
        Participant t = e.target();
        Plover p = e.plover();
        return RowFactory.create(e.id(), null, e.article(), e.date(), e.sentence(), e.text(), e.trigger().text(),
                e.trigger().start(), e.trigger().end(), e.rule(), e.confidence(), e.cameo(), EventMatch.root(e),
                e.quad(), e.goldstein(), p == null ? null : p.event(), p == null ? null : p.mode(),
                p == null ? null : p.context(), s.code(), s.country(), s.group(), s.name(), s.text(), s.start(),
                s.end(), t == null ? null : t.code(), t == null ? null : t.country(), t == null ? null : t.group(),
                t == null ? null : t.name(), t == null ? null : t.text(), t == null ? null : t.start(),
                t == null ? null : t.end(), place);
    }
}
