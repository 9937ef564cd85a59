package detente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code replies} table: readers' replies to articles and coded events, with moderation status and verdicts.
 * Reads return {@link Reply} values, which carry no email; the email is written once and only ever compared.
 */
public final class Replies {

    /** A reply as submitted. */
    public record Submission(String targetKind, String targetId, String name, String email, String website,
                             String text, Verdict verdict) {
    }

    /** Reviewers' approved verdicts, counted: the accuracy they imply is correct / all. */
    public record Accuracy(int correct, int wrong, int fixed) {
        public int total() {
            return correct + wrong + fixed;
        }

        public Double accuracy() {
            return total() == 0 ? null : (double) correct / total();
        }
    }

    private static final String COLUMNS = "id, target_kind, target_id, name, website, text, verdict, status, created_at";

    private final Connection c;

    public Replies(Store store) {
        this.c = store.connection();
    }

    /** Stores a reply from a first-time commenter: it waits as pending for a moderator. */
    public Reply add(Submission s, Instant now) throws SQLException {
        return add(s, now, false);
    }

    /**
     * Stores a reply. A returning commenter's reply ({@code returning}: the caller has proof, not just an email,
     * that this is the author of an approved reply) is published at once, unless it carries a verdict: a verdict
     * counts towards accuracy, gold and training, so a moderator accepts each one. Every other reply waits.
     */
    public synchronized Reply add(Submission s, Instant now, boolean returning) throws SQLException {
        String status = returning && s.verdict() == null ? Reply.APPROVED : Reply.PENDING;
        long id;
        try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM replies");
             ResultSet r = p.executeQuery()) {
            r.next();
            id = r.getLong(1);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO replies (id, target_kind, target_id, name, email,"
                + " website, text, verdict, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, s.targetKind());
            p.setString(3, s.targetId());
            p.setString(4, s.name());
            p.setString(5, s.email());
            p.setString(6, s.website());
            p.setString(7, s.text());
            p.setString(8, s.verdict() == null ? null : s.verdict().encode());
            p.setString(9, status);
            p.setTimestamp(10, Timestamp.from(now));
            p.executeUpdate();
        }
        return find(id).orElseThrow();
    }

    /** The status of reply {@code id} when it was written with {@code email} (ignoring case), else empty. */
    public Optional<String> statusFrom(long id, String email) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT status FROM replies WHERE id = ?"
                + " AND lower(email) = lower(?)")) {
            p.setLong(1, id);
            p.setString(2, email);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<Reply> find(long id) throws SQLException {
        List<Reply> found = list("SELECT " + COLUMNS + " FROM replies WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Approved replies to one article or event, oldest first. */
    public List<Reply> approved(String targetKind, String targetId) throws SQLException {
        return list("SELECT " + COLUMNS + " FROM replies WHERE target_kind = ? AND target_id = ? AND status = 'approved'"
                + " ORDER BY created_at, id", targetKind, targetId);
    }

    /** Replies with a status (pending first for moderation), oldest first. */
    public List<Reply> withStatus(String status, int limit, int offset) throws SQLException {
        return list("SELECT " + COLUMNS + " FROM replies WHERE status = ? ORDER BY created_at, id LIMIT ? OFFSET ?",
                status, limit, offset);
    }

    /** Sets a reply's status; empty when there is no such reply. */
    public synchronized Optional<Reply> moderate(long id, String status) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE replies SET status = ? WHERE id = ?")) {
            p.setString(1, status);
            p.setLong(2, id);
            if (p.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return find(id);
    }

    /** Counts approved verdicts: the latest approved verdict per event counts once. */
    public Accuracy accuracy() throws SQLException {
        int correct = 0;
        int wrong = 0;
        int fixed = 0;
        for (Reply r : latestVerdicts()) {
            switch (r.verdict().kind()) {
                case Verdict.CORRECT -> correct++;
                case Verdict.WRONG -> wrong++;
                default -> fixed++;
            }
        }
        return new Accuracy(correct, wrong, fixed);
    }

    /** The latest approved verdict on each event, in event id order. */
    public List<Reply> latestVerdicts() throws SQLException {
        return list("SELECT " + COLUMNS + " FROM replies WHERE target_kind = 'event' AND status = 'approved'"
                + " AND verdict IS NOT NULL QUALIFY row_number() OVER (PARTITION BY target_id"
                + " ORDER BY created_at DESC, id DESC) = 1 ORDER BY target_id");
    }

    private List<Reply> list(String sql, Object... params) throws SQLException {
        List<Reply> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Timestamp t = r.getTimestamp("created_at");
                    out.add(new Reply(r.getLong("id"), r.getString("target_kind"), r.getString("target_id"),
                            r.getString("name"), r.getString("website"), r.getString("text"),
                            Verdict.decode(r.getString("verdict")), r.getString("status"), t.toInstant()));
                }
            }
        }
        return out;
    }
}
