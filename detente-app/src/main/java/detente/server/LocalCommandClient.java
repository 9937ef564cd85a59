package detente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;

/** The command line's side of {@link LocalCommands}: sends a command to the server and prints what it prints. */
public final class LocalCommandClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalCommandClient() {
    }

    /**
     * Runs {@code args} in the server of {@code server}; returns the command's exit code, or empty when the
     * server cannot be reached (it has just stopped: the caller then opens the store itself).
     */
    public static OptionalInt run(ServerFile server, List<String> args, Path workingDir, byte[] stdin,
                                  PrintWriter out, PrintWriter err) {
        ObjectNode body = JSON.createObjectNode();
        args.forEach(body.putArray("args")::add);
        body.put("cwd", workingDir.toAbsolutePath().toString());
        if (stdin != null) {
            body.put("stdin", Base64.getEncoder().encodeToString(stdin));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + LocalCommands.PATH))
                .header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            return OptionalInt.empty();
        } catch (IOException e) {
            throw new IllegalStateException("the server holding the store (" + server.url() + ") did not answer: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
        try (DataInputStream in = new DataInputStream(response.body())) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the server holding the store (" + server.url() + ") refused the"
                        + " command: " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            while (true) {
                byte kind = in.readByte();
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                String text = new String(b, StandardCharsets.UTF_8);
                switch (kind) {
                    case LocalCommands.OUT -> {
                        out.print(text);
                        out.flush();
                    }
                    case LocalCommands.ERR -> {
                        err.print(text);
                        err.flush();
                    }
                    case LocalCommands.EXIT -> {
                        return OptionalInt.of(Integer.parseInt(text));
                    }
                    default -> {
                        // heartbeat
                    }
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("the server holding the store (" + server.url() + ") stopped before the"
                    + " command finished", e);
        } catch (IOException e) {
            throw new IllegalStateException("lost the server holding the store (" + server.url() + "): "
                    + e.getMessage(), e);
        }
    }
}
