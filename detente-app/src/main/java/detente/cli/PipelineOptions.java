package detente.cli;

import detente.Detente;
import detente.Dictionaries;
import detente.dict.DictionarySource;
import detente.nlp.corenlp.CoreNlpStage;
import detente.pipeline.Pipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by every command that codes: which dictionaries, how many threads. */
final class PipelineOptions {

    @Option(names = "--dict", paramLabel = "DIR",
            description = "Dictionary directory laid out like the built-in one; its files replace the built-in ones.")
    Path dictionaryDir;

    @Option(names = "--threads", paramLabel = "N", description = "Articles coded in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    Dictionaries dictionaries() {
        DictionarySource source = dictionaryDir == null ? DictionarySource.builtIn()
                : DictionarySource.overriddenBy(dictionaryDir);
        return Dictionaries.load(source);
    }

    Pipeline pipeline(CoreNlpStage nlp) {
        return Detente.pipeline(nlp, dictionaries());
    }
}
