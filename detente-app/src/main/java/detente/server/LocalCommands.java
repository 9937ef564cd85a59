package detente.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.store.Store;
import io.javalin.http.Context;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /local/run}: runs a command of the command line inside the server, on the store the server holds,
 * for a {@code detente} process on the same machine that found {@link ServerFile}. Only loopback clients with
 * the token from that file are served. The answer streams what the command prints as frames: one byte for the
 * stream ({@code o} standard output, {@code e} standard error, {@code h} heartbeat, {@code x} exit code), a
 * four-byte length, then that many bytes of UTF-8. The heartbeat every few seconds keeps an idle connection open
 * while models load, and tells the server when the client has gone (the command's thread is then interrupted).
 */
public final class LocalCommands {

    /** Runs one command line; {@code workingDir} is the client's, {@code stdin} its standard input or null. */
    public interface Runner {
        /** @param changed to call when the command has written (drops the server's cached answers) */
        int run(List<String> args, Path workingDir, byte[] stdin, Store store, String servedAt, Runnable changed,
                PrintWriter out, PrintWriter err);
    }

    static final String PATH = "/local/run";
    static final byte OUT = 'o';
    static final byte ERR = 'e';
    static final byte HEARTBEAT = 'h';
    static final byte EXIT = 'x';
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Runner runner;
    /** Drops the server's cached answers; the runner calls it when a command has written. */
    private final Runnable changed;
    private final Store store;
    private final byte[] token;
    private final String servedAt;

    LocalCommands(Runner runner, Store store, String token, String servedAt, Runnable changed) {
        this.runner = runner;
        this.changed = changed;
        this.store = store;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.servedAt = servedAt;
    }

    void handle(Context ctx) throws IOException {
        if (!InetAddress.getByName(ctx.ip()).isLoopbackAddress()) {
            throw new ApiException(403, "commands are run for clients on this machine only");
        }
        String h = ctx.header("Authorization");
        if (h == null || !h.startsWith("Bearer ") || !MessageDigest.isEqual(token,
                h.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "the token from " + ServerFile.NAME + " is required");
        }
        JsonNode body = JSON.readTree(ctx.body());
        List<String> args = new ArrayList<>();
        body.path("args").forEach(a -> args.add(a.asText()));
        Path cwd = Path.of(body.path("cwd").asText("")).toAbsolutePath();
        byte[] stdin = body.hasNonNull("stdin") ? Base64.getDecoder().decode(body.get("stdin").asText()) : null;

        ctx.status(200).contentType("application/octet-stream");
        Frames frames = new Frames(ctx.res().getOutputStream(), Thread.currentThread());
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "detente-local-heartbeat");
            t.setDaemon(true);
            return t;
        });
        beat.scheduleAtFixedRate(() -> frames.send(HEARTBEAT, ""), 5, 5, TimeUnit.SECONDS);
        int exit;
        try (PrintWriter out = new PrintWriter(new FrameWriter(frames, OUT), true);
             PrintWriter err = new PrintWriter(new FrameWriter(frames, ERR), true)) {
            try {
                exit = runner.run(args, cwd, stdin, store, servedAt, changed, out, err);
            } catch (RuntimeException e) {
                err.println("detente: " + e.getMessage());
                exit = 1;
            }
        } finally {
            beat.shutdownNow();
        }
        frames.send(EXIT, Integer.toString(exit));
        Thread.interrupted(); // a client that left has been handled; do not leak the flag into Jetty's thread
    }

    /** The response stream, written by the command's writers and the heartbeat. */
    private static final class Frames {
        private final DataOutputStream out;
        private final Thread command;
        private boolean gone;

        Frames(OutputStream out, Thread command) {
            this.out = new DataOutputStream(out);
            this.command = command;
        }

        synchronized void send(byte kind, String text) {
            if (gone) {
                return;
            }
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            try {
                out.writeByte(kind);
                out.writeInt(b.length);
                out.write(b);
                out.flush();
            } catch (IOException e) {
                gone = true;
                command.interrupt();
            }
        }
    }

    /** Characters collected until a flush (or 8 KB), then sent as one frame. */
    private static final class FrameWriter extends Writer {
        private final Frames frames;
        private final byte kind;
        private final StringBuilder buffer = new StringBuilder();

        FrameWriter(Frames frames, byte kind) {
            this.frames = frames;
            this.kind = kind;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            buffer.append(cbuf, off, len);
            if (buffer.length() > 8192) {
                flush();
            }
        }

        @Override
        public void flush() {
            if (!buffer.isEmpty()) {
                frames.send(kind, buffer.toString());
                buffer.setLength(0);
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
