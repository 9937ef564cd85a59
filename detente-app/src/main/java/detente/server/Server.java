package detente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import detente.analysis.Analysis;
import detente.store.Store;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The detente server: {@code Server.create(config -> ...).start()}. One process serves the REST API under
 * {@code /api}, the dashboard's static pages and the WebJars they use, over one open store.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final ServerConfig config;
    private final Store store;
    private final Javalin app;
    private final Api api;
    private final ReplyService replies;
    private ServerFile serverFile;
    private volatile LocalCommands localCommands;
    private final CodingService coding;
    private final ResponseCache cache;

    private Server(ServerConfig config) {
        this.config = config;
        this.store = Store.open(config.dataDir);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxRequestBytes;
            c.http.defaultContentType = "application/json";
            c.jsonMapper(new JavalinJackson(mapper, false));
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/detente/server/static";
                sf.location = Location.CLASSPATH;
                sf.headers = SecurityHeaders.ALL;
                // Named with their charset: otherwise Jetty answers "charset=null" for these text types.
                sf.mimeTypes.add("text/html; charset=utf-8", "html");
                sf.mimeTypes.add("text/css; charset=utf-8", "css");
                sf.mimeTypes.add("text/javascript; charset=utf-8", "js");
            });
            // Jetty's own error pages (a malformed request never reaches Javalin) carry the headers too.
            c.jetty.modifyServer(server -> server.setErrorHandler(new SecurityHeaders.ErrorPages()));
            c.staticFiles.enableWebjars();
        });
        AdminGuard admin = new AdminGuard(config.adminToken);
        CsrfGuard csrf = new CsrfGuard();
        Database db = new Database(store, config.cacheAnswers);
        this.cache = db.cache();
        this.replies = new ReplyService(db, config);
        this.coding = new CodingService(config, db);
        Services s = new Services(config, new ArticleService(db), new EventService(db), replies,
                coding, new ActorService(), new AnalysisService(new Analysis(store), config),
                csrf, db.cache(), new PlaceService(db));
        app.before(SecurityHeaders::apply);
        app.before(ctx -> ctx.attribute(Params.MAX_BODY, config.maxRequestBytes));
        app.exception(ApiException.class, (e, ctx) -> ctx.status(e.status())
                .json(Map.of("status", e.status(), "error", e.getMessage())));
        app.exception(ReplyService.FieldsException.class, (e, ctx) -> ctx.status(400)
                .json(Map.of("status", 400, "error", e.getMessage(), "fields", e.fields())));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .json(Map.of("status", e.getStatus(), "error", e.getStatus() == 404
                        ? "no such endpoint: " + ctx.method() + " " + ctx.path() : e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Map.of("status", 500, "error", "internal error: " + e.getMessage()));
        });
        app.error(405, ctx -> ctx.json(Map.of("status", 405, "error", "method not allowed")));
        if (config.commands != null) {
            app.post(LocalCommands.PATH, ctx -> {
                LocalCommands c = localCommands;
                if (c == null) {
                    throw new ApiException(503, "not ready");
                }
                c.handle(ctx);
            });
        }
        this.api = new Api(app, admin, csrf);
        MetaRoutes.register(api, s, version());
        ArticlesRoutes.register(api, s);
        EventsRoutes.register(api, s);
        PlacesRoutes.register(api, s);
        DyadsRoutes.register(api, s);
        AlertsRoutes.register(api, s);
        NetworkRoutes.register(api, s);
        ActorsRoutes.register(api, s);
        CodeRoutes.register(api, s);
        RepliesRoutes.register(api, s);
        WatchRoutes.register(api, new WatchService(db));
    }

    /** A server over the store in {@code config.dataDir}; not yet listening. */
    public static Server create(Consumer<ServerConfig> configure) {
        ServerConfig config = new ServerConfig();
        configure.accept(config);
        if (config.adminToken == null) {
            config.adminToken = newToken();
        }
        return new Server(config);
    }

    /** A random admin token (32 bytes, URL-safe Base64). */
    public static String newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public Server start() {
        app.start(config.host, config.port);
        if (config.commands != null) {
            String local = config.host.equals("0.0.0.0") || config.host.equals("::") ? "127.0.0.1" : config.host;
            serverFile = new ServerFile(ProcessHandle.current().pid(),
                    "http://" + (local.contains(":") ? "[" + local + "]" : local) + ":" + port(), newToken());
            // A command run here that writes (ingest, import, recode) drops the cached answers when it ends.
            localCommands = new LocalCommands(config.commands, store, serverFile.token(), url(), cache::invalidate);
            try {
                serverFile.write(config.dataDir);
            } catch (java.io.IOException e) {
                close();
                throw new java.io.UncheckedIOException("cannot write " + ServerFile.NAME + " in " + config.dataDir, e);
            }
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + (config.host.contains(":") ? "[" + config.host + "]" : config.host) + ":" + port();
    }

    /**
     * Another connection to the server's store, for work beside the server in this process ({@code serve --watch});
     * the caller closes it.
     */
    /** Drops the cached API answers: for writers beside the server's own routes (a watcher in the same process). */
    public void dropCachedAnswers() {
        cache.invalidate();
    }

    public Store newConnection() {
        return store.duplicate();
    }

    public String adminToken() {
        return config.adminToken;
    }

    /** The paths of every API endpoint, as {@code "GET /api/articles"} (what the OpenAPI document lists). */
    public java.util.List<String> endpoints() {
        return api.endpoints().stream().map(e -> e.method() + " " + e.path()).toList();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        if (serverFile != null) {
            serverFile.delete(config.dataDir);
        }
        app.stop();
        coding.close();
        replies.close();
        store.close();
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Server.class.getResourceAsStream("/detente/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
