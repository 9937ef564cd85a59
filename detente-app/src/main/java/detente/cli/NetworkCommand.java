package detente.cli;

import detente.analysis.ActorLevel;
import detente.analysis.ActorNetwork;
import detente.analysis.Analysis;
import detente.analysis.AnalysisJson;
import detente.analysis.GraphExport;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code detente network}: the signed actor network of a window as JSON, GraphML or GEXF. */
@Command(name = "network",
        description = "Signed actor network (net cooperation vs conflict) with blocs, balance and brokers.")
final class NetworkCommand implements Callable<Integer> {

    /** Export formats. */
    enum Format { json, graphml, gexf }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    PeriodOptions period = new PeriodOptions();

    @Mixin
    LevelOption level = new LevelOption(ActorLevel.GROUP);

    @Option(names = "--format", defaultValue = "json", description = "json, graphml or gexf (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path outFile;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws IOException {
        ActorNetwork n;
        try (Store s = store.openReadOnly()) {
            n = new Analysis(s).network(period.from, period.to, level.level);
        }
        String text = switch (format) {
            case json -> AnalysisJson.write(n) + "\n";
            case graphml -> GraphExport.graphml(n);
            case gexf -> GraphExport.gexf(n);
        };
        if (outFile != null) {
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
            spec.commandLine().getErr().printf("detente: network: %d actors, %d ties, balance %.2f -> %s%n",
                    n.nodes().size(), n.edges().size(), n.balance(), outFile);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
