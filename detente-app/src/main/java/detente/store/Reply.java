package detente.store;

import java.time.Instant;

/**
 * A reader's reply to an article or to one coded event, as it may be shown. It has no email field on purpose: the
 * email is stored for moderation only and no code path can hand it out with a reply.
 */
public record Reply(long id, String targetKind, String targetId, String name, String website, String text,
                    Verdict verdict, String status, Instant createdAt) {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
}
