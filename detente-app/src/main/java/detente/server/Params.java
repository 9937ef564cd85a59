package detente.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query and path parameters, parsed with a 400 that names the parameter when they are malformed. */
final class Params {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Params() {
    }

    /** The request attribute holding the largest body accepted, set for every request by the server. */
    static final String MAX_BODY = "detente.maxBodyBytes";

    /**
     * The request body as a JSON object; 400 when it is not one, 413 when it is larger than the server accepts.
     * A body with a Content-Length is checked by Javalin before it is read; a chunked one is read only up to the
     * limit.
     */
    static JsonNode body(Context ctx) {
        JsonNode n;
        try {
            n = MAPPER.readTree(ctx.contentLength() >= 0 ? ctx.bodyAsBytes() : chunked(ctx));
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return n;
    }

    private static byte[] chunked(Context ctx) throws IOException {
        Long max = ctx.attribute(MAX_BODY);
        long limit = max == null ? Long.MAX_VALUE - 1 : max;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + (long) n > limit) {
                    throw new ApiException(413, "the body is larger than " + limit + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            throw ApiException.badRequest("query parameter " + name + " is required");
        }
        return v;
    }

    static int integer(Context ctx, String name, int fallback) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, not '" + v + "'");
        }
    }

    static LocalDate date(Context ctx, String name) {
        return date(name, text(ctx, name));
    }

    static LocalDate date(String name, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    static long pathLong(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number");
        }
    }

    /** An actor or code as used in filters: letters, digits, at most 20. */
    static String code(Context ctx, String name) {
        String v = text(ctx, name);
        return v == null ? null : checkCode(name, v);
    }

    static String checkCode(String name, String v) {
        if (!v.matches("[A-Za-z0-9]{1,20}")) {
            throw ApiException.badRequest(name + " must be letters and digits (an actor or CAMEO code)");
        }
        return v.toUpperCase(java.util.Locale.ROOT);
    }
}
