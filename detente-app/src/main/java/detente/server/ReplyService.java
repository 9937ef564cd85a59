package detente.server;

import com.fasterxml.jackson.databind.JsonNode;
import detente.store.Replies;
import detente.store.Reply;
import detente.store.Verdict;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * "Leave a Reply": validates and stores replies to articles and events, keeps replies for moderation unless a
 * recognised returning commenter wrote them (and verdicts always), answers every post alike, and shows views
 * that never include an email.
 */
final class ReplyService implements AutoCloseable {

    /** A reply as shown: no email, ever. */
    record View(long id, String targetKind, String targetId, String name, String website, String text,
                Verdict verdict, String status, Instant created) {
        static View of(Reply r) {
            return new View(r.id(), r.targetKind(), r.targetId(), r.name(), r.website(), r.text(), r.verdict(),
                    r.status(), r.createdAt());
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,255}\\.[^@\\s<>\"]{2,63}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"']{1,500}", Pattern.CASE_INSENSITIVE);

    private final Database db;
    private final ServerConfig config;
    private final RateLimiter limiter;
    private final detente.store.Store writerStore;
    private final Replies writer;
    private final CommenterCookie commenters;

    ReplyService(Database db, ServerConfig config) {
        this.db = db;
        this.config = config;
        this.limiter = new RateLimiter(config.repliesPerMinute, config.clock);
        this.writerStore = db.store().duplicate();
        this.writer = new Replies(writerStore);
        this.commenters = new CommenterCookie(db.store().dataDir().resolve("commenter.key"));
    }

    @Override
    public void close() {
        writerStore.close();
    }

    List<View> approved(String kind, String id) {
        return db.run(s -> new Replies(s).approved(kind, id).stream().map(View::of).toList());
    }

    /**
     * What every accepted reply is told, whether it was published, waits for moderation or was a bot's: the
     * answer must not say which emails belong to approved commenters.
     */
    static final Map<String, Object> RECEIVED = Map.of("status", "received", "message",
            "Thank you; your reply has been received. It appears after moderation, or at once when you have"
                    + " commented here before; a verdict always awaits moderation.");

    /**
     * Validates and stores a reply posted in {@code ctx}. The honeypot field {@code nickname} is invisible to
     * people; a request that fills it gets the same answer and stores nothing. A returning commenter is known by
     * the signed {@link CommenterCookie} of an approved reply with the same email, never by the email alone.
     */
    Map<String, Object> post(String kind, String targetId, Context ctx) {
        JsonNode body = Params.body(ctx);
        String name = field(body, "name", 100);
        String email = field(body, "email", 320);
        String website = field(body, "website", 500);
        String text = field(body, "text", config.maxReplyChars);
        Map<String, String> missing = new LinkedHashMap<>();
        if (text == null) {
            missing.put("text", "comment is required");
        }
        if (name == null) {
            missing.put("name", "name is required");
        }
        if (email == null) {
            missing.put("email", "email is required");
        } else if (!EMAIL.matcher(email).matches()) {
            missing.put("email", "email is not a valid address");
        }
        if (website != null && !WEBSITE.matcher(website).matches()) {
            missing.put("website", "website must be an http:// or https:// address");
        }
        if (!missing.isEmpty()) {
            throw new FieldsException(missing);
        }
        Verdict verdict = verdict(kind, body);
        limiter.check(ctx.ip(), "replies");
        if (field(body, "nickname", 1000) != null) {
            return RECEIVED;
        }
        OptionalLong earlier = commenters.verify(ctx.cookie(CommenterCookie.NAME));
        Reply r;
        String earlierStatus;
        try {
            synchronized (writer) {
                earlierStatus = earlier.isEmpty() ? null
                        : writer.statusFrom(earlier.getAsLong(), email).orElse(null);
                r = writer.add(new Replies.Submission(kind, targetId, name, email, website, text, verdict),
                        config.clock.instant(), Reply.APPROVED.equals(earlierStatus));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot store reply: " + e.getMessage(), e);
        }
        db.cache().invalidate();
        // The cookie keeps naming this email's earlier reply (approved, or still waiting), else now this one.
        if (earlierStatus == null || earlierStatus.equals(Reply.REJECTED)) {
            ctx.res().addHeader("Set-Cookie", CommenterCookie.header(commenters.issue(r.id())));
        }
        return RECEIVED;
    }

    Paging.Page<View> withStatus(String status, Paging paging) {
        if (!List.of(Reply.PENDING, Reply.APPROVED, Reply.REJECTED).contains(status)) {
            throw ApiException.badRequest("status must be pending, approved or rejected");
        }
        return db.run(s -> {
            long total = Database.count(s, "SELECT count(*) FROM replies WHERE status = ?", List.of(status));
            return paging.page(total, new Replies(s).withStatus(status, paging.limit(), paging.offset()).stream()
                    .map(View::of).toList());
        });
    }

    View moderate(long id, String status) {
        try {
            synchronized (writer) {
                View moderated = writer.moderate(id, status).map(View::of)
                        .orElseThrow(() -> ApiException.notFound("no reply " + id));
                db.cache().invalidate();
                return moderated;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot moderate: " + e.getMessage(), e);
        }
    }

    Map<String, Object> accuracy() {
        Replies.Accuracy a = db.run(s -> new Replies(s).accuracy());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("correct", a.correct());
        out.put("wrong", a.wrong());
        out.put("fixed", a.fixed());
        out.put("reviewed", a.total());
        out.put("accuracy", a.accuracy());
        return out;
    }

    private static Verdict verdict(String kind, JsonNode body) {
        String v = field(body, "verdict", 20);
        if (v == null) {
            return null;
        }
        if (!kind.equals("event")) {
            throw ApiException.badRequest("only a reply to an event can carry a verdict");
        }
        String code = field(body, "code", 10);
        String source = field(body, "source", 20);
        String target = field(body, "target", 20);
        try {
            return new Verdict(v, code, source == null ? null : source.toUpperCase(java.util.Locale.ROOT),
                    target == null ? null : target.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** A trimmed string field, null when absent or blank; 400 when too long or not a string. */
    static String field(JsonNode body, String name, int max) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiException.badRequest(name + " must be a string");
        }
        String v = n.asText().strip();
        if (v.length() > max) {
            throw ApiException.badRequest(name + " is longer than " + max + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    /** 400 naming each invalid field, so a form can mark them. */
    static final class FieldsException extends RuntimeException {
        private final Map<String, String> fields;

        FieldsException(Map<String, String> fields) {
            super(String.join("; ", fields.values()), null, false, false);
            this.fields = fields;
        }

        Map<String, String> fields() {
            return fields;
        }
    }
}
