package detente.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * CSRF protection for every unsafe request to the API, by double submit: {@code GET /api/session} sets an
 * HttpOnly, SameSite=Strict cookie {@code detente_csrf} and returns the same token, which pages send back in the
 * {@code X-CSRF-Token} header. Another site can neither read the token nor set that header (no CORS), and a
 * browser does not send the SameSite=Strict cookie with its requests. Also: an {@code Origin} header, when
 * present, must be this server's; bodies must be JSON. {@link Api} runs this check on every unsafe route except
 * admin routes, which a valid bearer token proves instead: any other {@code Authorization} header (Basic, which a
 * browser attaches behind an authenticating proxy) exempts nothing.
 */
final class CsrfGuard {

    static final String COOKIE = "detente_csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    CsrfGuard() {
    }

    /** The session's token, issuing a new cookie when the request has none. */
    String session(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            byte[] b = new byte[32];
            RANDOM.nextBytes(b);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        }
        return token;
    }

    void check(Context ctx) {
        HandlerType m = ctx.method();
        if (m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS) {
            return;
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && !(origin.equals("http://" + host) || origin.equals("https://" + host))) {
            throw new ApiException(403, "cross-origin request refused");
        }
        String cookie = ctx.cookie(COOKIE);
        String header = ctx.header(HEADER);
        if (cookie == null || header == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "missing or wrong CSRF token: GET /api/session, then send its token in the "
                    + HEADER + " header");
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "send a JSON body (Content-Type: application/json)");
        }
    }
}
