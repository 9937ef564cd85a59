package detente.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import detente.doc.Article;
import detente.ingest.IngestResult;
import detente.output.DocumentJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code detente extract}: clean articles only, without NLP — fast, for users who want the text. */
@Command(name = "extract",
        description = "Print the clean articles of files, directories, feeds or URLs as JSON Lines (no NLP).")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IngestResult read = input.read(spec.commandLine().getErr());
        for (Article a : read.articles()) {
            ObjectNode o = DocumentJson.mapper().createObjectNode();
            o.put("id", a.id());
            o.put("title", a.title());
            o.put("date", a.date() == null ? null : a.date().toString());
            o.put("url", a.url());
            o.put("source", a.source());
            o.put("author", a.author());
            o.put("language", a.language());
            o.put("text", a.text());
            out.println(DocumentJson.line(o));
        }
        out.flush();
        return read.failures().isEmpty() ? 0 : 1;
    }
}
