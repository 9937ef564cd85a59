package detente.cli;

import detente.server.LocalCommandClient;
import detente.server.ServerFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/** The {@code detente} command: the tree of subcommands. */
@Command(name = "detente",
        description = "Reads news and codes who did what to whom: CAMEO/PLOVER events, actors, facts.",
        subcommands = {CodeCommand.class, AnnotateCommand.class, ExtractCommand.class, ExplainCommand.class,
                ActorsCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class, IngestCommand.class,
                EventsCommand.class, SqlCommand.class, RecodeCommand.class, ImportCommand.class, ExportCommand.class,
                DyadCommand.class, AlertsCommand.class, NetworkCommand.class, ActorCommand.class, ServeCommand.class,
                AttachCommand.class, TrainCommand.class, WatchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 some inputs failed, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("detente: " + ex.getMessage());
            return 1;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("detente: " + ex.getMessage() + " (see " + c.getCommandSpec().qualifiedName()
                    + " --help)");
            return 2;
        });
        cli.setExecutionStrategy(Main::runHereOrInServer);
        cli.registerConverter(LocalDate.class, Main::date);
        standardOptions(cli);
        return cli;
    }

    /** Every command's --help and --version, given here once instead of in each {@code @Command}. */
    private static void standardOptions(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (!(spec.userObject() instanceof CommandLine.HelpCommand)) { // it has its own --help
            spec.mixinStandardHelpOptions(true);
            spec.versionProvider(new Version());
        }
        command.getSubcommands().values().forEach(Main::standardOptions);
    }

    /** A date as every option takes it: YYYY-MM-DD, refused in one line that shows the form. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date; write it as YYYY-MM-DD"
                    + " (for example 2024-01-05)");
        }
    }

    /**
     * Runs the parsed command in this process, or, when it works on a store that a running {@code detente serve}
     * holds, inside that server ({@code docs/store.md}, "While the dashboard runs").
     */
    private static int runHereOrInServer(ParseResult parsed) {
        ParseResult leaf = leaf(parsed);
        CommandLine command = leaf.commandSpec().commandLine();
        if (!helpRequested(parsed)) {
            for (Object mixin : mixins(leaf)) {
                if (mixin instanceof StoreOptions s) {
                    Optional<ServerFile> server = ServerFile.find(s.dataDir);
                    if (server.isPresent()) {
                        if (leaf.commandSpec().userObject() instanceof ServeCommand) {
                            throw new CommandLine.ExecutionException(command, "store " + s.dataDir
                                    + " is already served on " + server.get().url() + "/ (PID " + server.get().pid()
                                    + "); open that, or stop it first");
                        }
                        OptionalInt exit;
                        try {
                            exit = LocalCommandClient.run(server.get(), parsed.originalArgs(), Path.of(""),
                                    readsStdin(leaf) ? readStdin() : null, command.getOut(), command.getErr());
                        } catch (RuntimeException e) {
                            throw new CommandLine.ExecutionException(command, e.getMessage(), e);
                        }
                        if (exit.isPresent()) {
                            return exit.getAsInt();
                        }
                    }
                }
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    static ParseResult leaf(ParseResult parsed) {
        ParseResult p = parsed;
        while (p.subcommand() != null) {
            p = p.subcommand();
        }
        return p;
    }

    static List<Object> mixins(ParseResult command) {
        return command.commandSpec().mixins().values().stream().map(CommandSpec::userObject).toList();
    }

    private static boolean helpRequested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()
                    || p.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsStdin(ParseResult command) {
        return mixins(command).stream().anyMatch(m -> m instanceof InputOptions i && i.inputs != null
                && i.inputs.contains("-"));
    }

    private static byte[] readStdin() {
        try {
            return System.in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read standard input", e);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/detente/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"detente " + p.getProperty("version", "unknown")};
        }
    }
}
