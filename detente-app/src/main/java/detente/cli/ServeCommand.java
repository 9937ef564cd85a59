package detente.cli;

import detente.server.Server;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code detente serve}: the REST API and dashboard over the store, until interrupted. */
@Command(name = "serve",
        description = "Serve the REST API (/api, OpenAPI at /api/openapi.json) and the dashboard over the store.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
    String host;

    @Option(names = "--admin-token", paramLabel = "T",
            description = "Bearer token for ingest and moderation (at least 16 characters; default: a random one, printed).")
    String adminToken;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--watch", paramLabel = "SOURCES",
            description = "Also watch the sources of this OPML or YAML file, as 'detente watch' does, in this process.")
    java.nio.file.Path watchSources;

    @Mixin
    WatchCommand.WatchOptions watch = new WatchCommand.WatchOptions();

    @Override
    public Integer call() throws InterruptedException {
        store.requireExisting();
        return serve(spec.commandLine().getOut(), spec.commandLine().getErr(), host, port, adminToken, store, options,
                watchSources, watch);
    }

    static int serve(PrintWriter out, String host, int port, String token, StoreOptions store,
                     PipelineOptions options) throws InterruptedException {
        return serve(out, out, host, port, token, store, options, null, null);
    }

    static int serve(PrintWriter out, PrintWriter err, String host, int port, String token, StoreOptions store,
                     PipelineOptions options, java.nio.file.Path watchSources, WatchCommand.WatchOptions watch)
            throws InterruptedException {
        detente.watch.SourceList sources = watchSources == null ? null : detente.watch.SourceList.read(watchSources);
        Server server = Server.create(c -> {
            c.host = host;
            c.port = port;
            c.dataDir = store.dataDir;
            c.adminToken = token;
            c.pipeline = () -> options.pipeline(detente.Detente.nlp());
            c.commands = new HostedCommands(store.dataDir);
        }).start();
        detente.store.Store watchStore = sources == null ? null : server.newConnection();
        detente.watch.Watcher watcher = sources == null ? null
                : watch.watcher(sources, watchStore, options, err)
                        // The watcher stores through its own connection: the API's cached answers go stale.
                        .onBatch((stored, batch) -> server.dropCachedAnswers()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
                watchStore.close();
            }
            server.close();
        }, "detente-server-stop"));
        if (watcher != null) {
            out.println("detente: watching " + sources.sources().size() + " sources from " + watchSources
                    + " (health: " + server.url() + "/sources.html)");
        }
        out.println("detente: serving " + store.dataDir + " on " + server.url() + "/  (API: " + server.url()
                + "/api/openapi.json; stop with Ctrl-C)");
        if (token == null) {
            out.println("detente: admin token for ingest and moderation: " + server.adminToken());
        }
        out.flush();
        server.join();
        return 0;
    }
}
