package detente.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the API's routes and remembers each one with its summary and parameters, so the OpenAPI document
 * lists exactly the routes that exist. {@code *Routes} classes call it; it holds no request logic.
 */
final class Api {

    /** A parameter: {@code in} is {@code query} or {@code path}. */
    record Param(String name, String in, String description, boolean required) {
    }

    /** A registered endpoint; {@code body} names the JSON request body schema, or null. */
    record Endpoint(HandlerType method, String path, String tag, String summary, List<Param> params, String body,
                    boolean admin) {
    }

    private final Javalin app;
    private final AdminGuard admin;
    private final CsrfGuard csrf;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private String tag = "api";

    Api(Javalin app, AdminGuard admin, CsrfGuard csrf) {
        this.app = app;
        this.admin = admin;
        this.csrf = csrf;
    }

    static Param query(String name, String description) {
        return new Param(name, "query", description, false);
    }

    static Param requiredQuery(String name, String description) {
        return new Param(name, "query", description, true);
    }

    static Param path(String name, String description) {
        return new Param(name, "path", description, true);
    }

    static final Param LIMIT = query("limit", "page size (default 50, at most 500)");
    static final Param OFFSET = query("offset", "results to skip (default 0)");

    Api tag(String tag) {
        this.tag = tag;
        return this;
    }

    Api get(String path, String summary, Handler handler, Param... params) {
        return add(HandlerType.GET, path, summary, null, false, handler, params);
    }

    Api post(String path, String summary, String body, Handler handler, Param... params) {
        return add(HandlerType.POST, path, summary, body, false, handler, params);
    }

    Api adminGet(String path, String summary, Handler handler, Param... params) {
        return add(HandlerType.GET, path, summary, null, true, handler, params);
    }

    Api adminPost(String path, String summary, String body, Handler handler, Param... params) {
        return add(HandlerType.POST, path, summary, body, true, handler, params);
    }

    private Api add(HandlerType method, String path, String summary, String body, boolean admin, Handler handler,
                    Param... params) {
        endpoints.add(new Endpoint(method, path, tag, summary, List.of(params), body, admin));
        // An admin route is proven by its bearer token, which no other site can send; every other unsafe route
        // needs the CSRF token, whatever Authorization header a browser or proxy may have added.
        app.addHttpHandler(method, path, admin ? ctx -> {
            this.admin.check(ctx);
            handler.handle(ctx);
        } : method == HandlerType.GET ? handler : ctx -> {
            csrf.check(ctx);
            handler.handle(ctx);
        });
        return this;
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }
}
