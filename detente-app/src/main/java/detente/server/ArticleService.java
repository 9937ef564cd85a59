package detente.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import detente.doc.Article;
import detente.output.DocumentJson;
import detente.store.DocumentReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stored articles: a searchable list and one article with all its annotations. Articles are addressed by seq. */
final class ArticleService {

    private final Database db;

    ArticleService(Database db) {
        this.db = db;
    }

    /** Articles, newest first; {@code q} matches title or text, ignoring case. */
    Paging.Page<Map<String, Object>> list(String q, Paging paging) {
        return db.run(s -> {
            String where = q == null ? "" : " WHERE contains(lower(a.text), lower(?)) OR contains(lower(coalesce(a.title, '')), lower(?))";
            List<Object> params = new ArrayList<>();
            if (q != null) {
                params.add(q);
                params.add(q);
            }
            long total = Database.count(s, "SELECT count(*) FROM articles a" + where, params);
            List<Object> all = new ArrayList<>();
            all.add(q == null ? "" : q);
            all.addAll(params);
            all.add(paging.limit());
            all.add(paging.offset());
            List<Map<String, Object>> rows = Database.rows(s, "SELECT a.seq, a.id, a.title, a.date, a.source, a.url,"
                    + " (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS events,"
                    + " substr(a.text, greatest(1, instr(lower(a.text), lower(?)) - 80), 240) AS snippet"
                    + " FROM articles a" + where + " ORDER BY a.date DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?", all);
            return paging.page(total, rows);
        });
    }

    /** One article in the document contract of docs/output.md, plus its {@code seq}. */
    ObjectNode article(long seq) {
        return db.run(s -> {
            List<Map<String, Object>> found = Database.rows(s, "SELECT id, title, date, url, source, author, language,"
                    + " text FROM articles WHERE seq = ?", List.of(seq));
            if (found.isEmpty()) {
                throw ApiException.notFound("no article " + seq);
            }
            Map<String, Object> r = found.get(0);
            Article a = new Article((String) r.get("id"), (String) r.get("title"),
                    Params.date("date", (String) r.get("date")), (String) r.get("url"), (String) r.get("source"),
                    (String) r.get("author"), (String) r.get("language"), (String) r.get("text"));
            ObjectNode doc = DocumentJson.document(new DocumentReader(s).document(a));
            doc.put("seq", seq);
            return doc;
        });
    }

    /** The article id behind a seq, or 404. */
    String idOf(long seq) {
        return db.run(s -> {
            List<Map<String, Object>> r = Database.rows(s, "SELECT id FROM articles WHERE seq = ?", List.of(seq));
            if (r.isEmpty()) {
                throw ApiException.notFound("no article " + seq);
            }
            return (String) r.get(0).get("id");
        });
    }
}
