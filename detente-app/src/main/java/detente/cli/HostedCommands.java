package detente.cli;

import detente.server.LocalCommands;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs command lines inside {@code detente serve}, for other {@code detente} processes on the same store
 * ({@code docs/store.md}, "While the dashboard runs"). The command is parsed as on the command line, with paths
 * taken relative to the caller's working directory, and opens the store through the server's database.
 */
final class HostedCommands implements LocalCommands.Runner {

    private final Path dataDir;
    private final ReentrantLock writes = new ReentrantLock();

    HostedCommands(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public int run(List<String> args, Path workingDir, byte[] stdin, Store store, String servedAt, Runnable changed,
                   PrintWriter out, PrintWriter err) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        StoreHost host = new StoreHost(store, writes, servedAt, cwd, stdin, changed);
        CommandLine cli = Main.commandLine();
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(Path.class, s -> cwd.resolve(s));
        cli.setExecutionStrategy(parsed -> {
            try {
                lend(parsed, host);
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                host.release();
            }
        });
        return cli.execute(args.toArray(String[]::new));
    }

    private void lend(ParseResult parsed, StoreHost host) {
        ParseResult leaf = Main.leaf(parsed);
        CommandLine command = leaf.commandSpec().commandLine();
        if (leaf.commandSpec().userObject() instanceof ServeCommand) {
            throw new CommandLine.ExecutionException(command, "store " + dataDir + " is already served on "
                    + host.servedAt() + "/");
        }
        for (Object mixin : Main.mixins(leaf)) {
            if (mixin instanceof StoreOptions s) {
                if (!sameDirectory(s.dataDir)) {
                    throw new CommandLine.ParameterException(command, "this server holds " + dataDir + ", not "
                            + s.dataDir);
                }
                s.host = host;
            } else if (mixin instanceof InputOptions i) {
                i.host = host;
            }
        }
    }

    private boolean sameDirectory(Path other) {
        try {
            return Files.exists(other) && Files.isSameFile(dataDir, other);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + dataDir + " and " + other, e);
        }
    }
}
