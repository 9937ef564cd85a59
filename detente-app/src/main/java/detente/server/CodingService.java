package detente.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.ingest.ArticleReader;
import detente.ingest.IngestException;
import detente.ingest.IngestOptions;
import detente.output.DocumentJson;
import detente.output.Explanation;
import detente.pipeline.Pipeline;
import detente.pipeline.TimeBudget;
import detente.dedup.ContentHash;
import detente.store.Ingestion;
import detente.store.Store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Codes posted texts (without storing them), explains coded events, and ingests texts into the store. The
 * pipeline is built on first use; one ingest runs at a time.
 */
final class CodingService {

    private final ServerConfig config;
    private final Database db;
    private final RateLimiter limiter;
    private final ReentrantLock ingestLock = new ReentrantLock();
    /** Reads posted URLs: public hosts only, no redirects, 20 s, 2 MB, a feed's links not followed. */
    private final ArticleReader pages = new ArticleReader(IngestOptions.defaults().withPublicHostsOnly(true)
            .withMaxBytes(2_000_000).withFetchTimeout(Duration.ofSeconds(20)).withFetchFeedLinks(false));
    private volatile Pipeline pipeline;
    private volatile Dictionaries dictionaries;

    CodingService(ServerConfig config, Database db) {
        this.config = config;
        this.db = db;
        this.limiter = new RateLimiter(config.codePerMinute, config.clock);
    }

    /**
     * The document JSON of a posted text or URL; nothing is stored. The rate limit is checked before any URL is
     * fetched; coding runs on the coding threads within the pipeline's time budget and stops as soon as
     * {@code clientGone} says the client has hung up.
     */
    ObjectNode code(JsonNode body, String ip, BooleanSupplier clientGone) {
        limiter.check(ip, "coding requests");
        Article article = article(body, "posted");
        Future<Document> job = coders.submit(() -> pipeline().process(article));
        try {
            while (true) {
                try {
                    return DocumentJson.document(job.get(CLIENT_CHECK_MILLIS, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    if (clientGone.getAsBoolean()) {
                        job.cancel(true);
                        throw new ApiException(499, "the client closed the connection; coding stopped");
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeBudget.BudgetExceededException over) {
                throw new ApiException(422, "not coded: " + over.getMessage());
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping");
        }
    }

    /** How often a waiting coding request checks whether its client is still there. */
    private static final long CLIENT_CHECK_MILLIS = 200;

    /** Codes posted texts: as many at once as there are cores; more wait their turn (and leave if their client does). */
    private final ExecutorService coders = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "detente-api-coder");
                t.setDaemon(true);
                return t;
            });

    void close() {
        coders.shutdownNow();
    }

    /** Stores a posted text or URL (admin): the ingest summary and the new article's seq. */
    Map<String, Object> ingest(JsonNode body) {
        Article article = article(body, "api");
        if (!ingestLock.tryLock()) {
            throw new ApiException(409, "an ingest is running; try again when it is done");
        }
        try (Store s = db.store().duplicate()) {
            String[] failure = {null};
            Ingestion.Summary sum = new Ingestion(this::pipeline, 1, s).run(List.of(article).iterator(),
                    new Ingestion.Listener() {
                        @Override
                        public void done(int articles) {
                        }

                        @Override
                        public void failed(String input, String reason) {
                            failure[0] = reason;
                        }
                    });
            if (failure[0] != null) {
                throw new ApiException(422, "not ingested: " + failure[0]);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("added", sum.added());
            out.put("duplicate", sum.duplicates() > 0);
            out.put("reports", sum.mentions());
            out.put("newEvents", sum.newEvents());
            out.put("seq", Database.rows(s, "SELECT seq FROM articles WHERE content_hash = ?",
                    List.of(ContentHash.of(article.text()))).stream().findFirst().map(r -> r.get("seq")).orElse(null));
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            db.cache().invalidate();
            ingestLock.unlock();
        }
    }

    /** The explanation of a stored report: its sentence explained on its date. */
    Map<String, Object> explain(Map<String, Object> report) {
        String sentence = (String) report.get("sentence_text");
        return Map.of("report", report.get("id"), "sentence", sentence,
                "explanation", explain(sentence, Params.date("date", (String) report.get("date"))));
    }

    /** What {@code detente explain} prints for a sentence on a date. */
    String explain(String sentence, LocalDate date) {
        Dictionaries d = dictionaries();
        Document doc = Detente.nlp().selecting(Detente.candidates(d)).apply(Document.of(Article.of("explain", date == null ? LocalDate.now() : date,
                sentence)));
        doc = Detente.actors(d).apply(doc);
        StringWriter out = new StringWriter();
        Explanation.print(doc, Detente.events(d, true), new PrintWriter(out));
        return out.toString();
    }

    private Article article(JsonNode body, String prefix) {
        String text = ReplyService.field(body, "text", config.maxTextChars);
        String url = ReplyService.field(body, "url", 2000);
        String title = ReplyService.field(body, "title", 500);
        LocalDate date = Params.date("date", ReplyService.field(body, "date", 10));
        if ((text == null) == (url == null)) {
            throw ApiException.badRequest("give either text or url");
        }
        if (url != null) {
            return page(url, date);
        }
        String full = title == null ? text : title + "\n\n" + text;
        return new Article(prefix + "/" + ContentHash.of(full).substring(0, 16), title, date, null, null, null, "en",
                full);
    }

    private Article page(String url, LocalDate date) {
        try {
            Article page = pages.readUrl(url);
            return date == null ? page : page.withDate(date);
        } catch (IngestException e) {
            throw e.refused() ? ApiException.badRequest("will not fetch " + url + ": " + e.getMessage())
                    : new ApiException(422, "cannot fetch " + url + ": " + e.getMessage());
        }
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    Supplier<Pipeline> factory = config.pipeline != null ? config.pipeline
                            : () -> Detente.pipeline(Detente.nlp(), dictionaries());
                    pipeline = factory.get();
                }
                p = pipeline;
            }
        }
        return p;
    }

    private Dictionaries dictionaries() {
        if (dictionaries == null) {
            dictionaries = Dictionaries.builtIn();
        }
        return dictionaries;
    }

    boolean loaded() {
        return pipeline != null;
    }
}
