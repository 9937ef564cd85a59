package detente.server;

import io.javalin.http.Context;

import java.util.Map;

/**
 * Headers on every response. The Content-Security-Policy allows scripts, styles, images and requests from this
 * origin only: no inline script, no eval, no plugins, no framing, forms post only here.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** Jetty's error pages, for requests Jetty refuses before Javalin sees them, with the headers added. */
    static final class ErrorPages extends org.eclipse.jetty.server.handler.ErrorHandler {
        ErrorPages() {
            setShowStacks(false);
            setShowServlet(false);
        }

        @Override
        public void handle(String target, org.eclipse.jetty.server.Request baseRequest,
                           jakarta.servlet.http.HttpServletRequest request,
                           jakarta.servlet.http.HttpServletResponse response)
                throws java.io.IOException, jakarta.servlet.ServletException {
            ALL.forEach(response::setHeader);
            super.handle(target, baseRequest, request, response);
        }

        /** A request Jetty could not parse (a malformed URI or header) is answered here. */
        @Override
        public java.nio.ByteBuffer badMessageError(int status, String reason,
                                                   org.eclipse.jetty.http.HttpFields.Mutable fields) {
            ALL.forEach(fields::put);
            return super.badMessageError(status, reason, fields);
        }
    }
}
