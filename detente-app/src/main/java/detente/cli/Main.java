package detente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The {@code detente} command: the tree of subcommands. */
@Command(name = "detente", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
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
        return cli;
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
