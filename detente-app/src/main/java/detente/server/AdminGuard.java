package detente.server;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Admin endpoints need {@code Authorization: Bearer TOKEN} with the token the server was started with. */
final class AdminGuard {

    private final byte[] token;

    AdminGuard(String token) {
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("the admin token must have at least 16 characters");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    boolean isAdmin(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token, h.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    void check(Context ctx) {
        if (!isAdmin(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "admin token required (Authorization: Bearer TOKEN)");
        }
    }
}
