package detente.spark;

import detente.dedup.EventMatch;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The store's event deduplication ({@code DocumentWriter}) replayed over one block of reports, those with the
 * same directed dyad and CAMEO root, in ingest order: each report joins the first earlier event that
 * {@link EventMatch#sameEvent} accepts, else starts a new one with its attributes; after each article the touched
 * events' counts are recomputed and a missing place is filled from their reports. Reports of other blocks can
 * never match, so blocks are independent and the result equals a sequential ingest.
 */
final class EventDedup {

    private static final StructType M = Tables.EVENT_MENTIONS;
    private static final StructType E = Tables.EVENTS;

    /** An event with its creating report's position, which orders {@code global_id}; {@code global_id} is 0. */
    record Draft(long seq, int idx, Row event) implements Serializable {
        String order() {
            return String.format("%019d%010d", seq, idx);
        }
    }

    /** One block's result: reports with their event id, and its events. */
    record Merged(List<Row> mentions, List<Draft> events) implements Serializable {
    }

    private static final class Open {
        final Report first;
        final List<Report> reports = new ArrayList<>();
        String place;

        Open(Report first) {
            this.first = first;
            this.place = first.mention().getString(M.fieldIndex("place"));
        }

        EventMatch.Report asReport() {
            return new EventMatch.Report(first.sourceKey(), first.targetKey(), string(first, "cameo"),
                    (LocalDate) first.mention().get(M.fieldIndex("date")), place);
        }
    }

    private EventDedup() {
    }

    static Merged merge(Iterable<Report> block, LocalDateTime addedAt) {
        List<Report> reports = new ArrayList<>();
        block.forEach(reports::add);
        reports.sort(Comparator.comparingLong(Report::seq).thenComparingInt(Report::idx));
        List<Open> events = new ArrayList<>();
        List<Row> mentions = new ArrayList<>();
        Set<String> mentionIds = new HashSet<>();
        Set<Open> touched = new LinkedHashSet<>();
        long article = Long.MIN_VALUE;
        for (Report r : reports) {
            if (r.seq() != article) {
                touched.forEach(EventDedup::fillPlace);
                touched.clear();
                article = r.seq();
            }
            EventMatch.Report report = new EventMatch.Report(r.sourceKey(), r.targetKey(), string(r, "cameo"),
                    (LocalDate) r.mention().get(M.fieldIndex("date")), string(r, "place"));
            Open event = null;
            for (Open candidate : events) {
                if (EventMatch.sameEvent(candidate.asReport(), report)) {
                    event = candidate;
                    break;
                }
            }
            if (event == null) {
                event = new Open(r);
                events.add(event);
            }
            if (mentionIds.add(string(r, "id"))) { // the store's ON CONFLICT DO NOTHING
                event.reports.add(r);
                touched.add(event);
                mentions.add(withEventId(r.mention(), string(event.first, "id")));
            }
        }
        touched.forEach(EventDedup::fillPlace);
        List<Draft> drafts = new ArrayList<>();
        for (Open e : events) {
            drafts.add(new Draft(e.first.seq(), e.first.idx(), eventRow(e, addedAt)));
        }
        return new Merged(mentions, drafts);
    }

    /** {@code place = coalesce(place, min(place of its reports))}, as the store's recount does. */
    private static void fillPlace(Open e) {
        if (e.place == null) {
            e.place = e.reports.stream().map(r -> string(r, "place")).filter(p -> p != null)
                    .min(Comparator.naturalOrder()).orElse(null);
        }
    }

    private static Row eventRow(Open e, LocalDateTime addedAt) {
        Object[] v = new Object[E.length()];
        Row m = e.first.mention();
        for (String column : E.fieldNames()) {
            if (M.getFieldIndex(column).isDefined()) {
                v[E.fieldIndex(column)] = m.get(M.fieldIndex(column));
            }
        }
        String cameo = string(e.first, "cameo");
        v[E.fieldIndex("global_id")] = 0L;
        v[E.fieldIndex("origin")] = "detente";
        v[E.fieldIndex("base_code")] = cameo.substring(0, Math.min(3, cameo.length()));
        v[E.fieldIndex("place")] = e.place;
        v[E.fieldIndex("num_mentions")] = e.reports.size();
        v[E.fieldIndex("num_sources")] = (int) e.reports.stream().map(Report::outlet).distinct().count();
        v[E.fieldIndex("num_articles")] = (int) e.reports.stream().map(r -> string(r, "article_id")).distinct()
                .count();
        v[E.fieldIndex("first_article")] = string(e.first, "article_id");
        v[E.fieldIndex("added_at")] = addedAt;
        return RowFactory.create(v);
    }

    /** The event row with its {@code global_id}. */
    static Row withGlobalId(Row event, long globalId) {
        Object[] v = values(event);
        v[E.fieldIndex("global_id")] = globalId;
        return RowFactory.create(v);
    }

    private static Row withEventId(Row mention, String eventId) {
        Object[] v = values(mention);
        v[M.fieldIndex("event_id")] = eventId;
        return RowFactory.create(v);
    }

    private static Object[] values(Row row) {
        Object[] v = new Object[row.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = row.get(i);
        }
        return v;
    }

    private static String string(Report r, String column) {
        return r.mention().getString(M.fieldIndex(column));
    }
}
