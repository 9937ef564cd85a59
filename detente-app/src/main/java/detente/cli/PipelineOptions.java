package detente.cli;

import detente.Detente;
import detente.Dictionaries;
import detente.PetrarchDictionaries;
import detente.dict.DictionarySource;
import detente.event.EventCoder;
import detente.event.reading.LearnedReading;
import detente.event.reading.ReadingModel;
import detente.nlp.corenlp.CoreNlpStage;
import detente.pipeline.Pipeline;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by every command that codes: which dictionaries, how many threads. */
final class PipelineOptions {

    @Option(names = "--dict", paramLabel = "DIR",
            description = "Dictionary directory laid out like the built-in one; its files replace the built-in ones.")
    Path dictionaryDir;

    @Option(names = "--actors", paramLabel = "FILE", split = ",",
            description = "PETRARCH/TABARI actor dictionaries (repeat or separate with commas); replace the built-in actors.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE", description = "PETRARCH/TABARI agent dictionary; replaces the built-in agents.")
    Path agentFile;

    @Option(names = "--verbs", paramLabel = "FILE", description = "PETRARCH/TABARI verb dictionary; replaces the built-in event patterns.")
    Path verbFile;

    @Option(names = "--add", description = "Add the --actors/--agents/--verbs dictionaries on top of the built-in ones instead of replacing them.")
    boolean add;

    @Option(names = "--require-dyad", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Code a pattern that names a target only when an actor fills it (default). "
                    + "--no-require-dyad also codes events with no target, as PETRARCH's require_dyad = false "
                    + "(\"a senior official said\" → ---GOV, no target).")
    boolean requireDyad = true;

    /** Which readings code events. */
    enum Readings { patterns, all }

    @Option(names = "--readings", paramLabel = "patterns|all",
            description = "patterns: the dictionary patterns alone (PETRARCH-pure output); all: the learned reading"
                    + " too, where no pattern fires (default: all; for 'eval petrarch', patterns).")
    Readings readings;

    @Option(names = "--model", paramLabel = "FILE",
            description = "The learned reading's model (written by 'detente train'; default: the built-in one).")
    Path model;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "Code only events at least this confident, 0-1 (default: ${DEFAULT-VALUE}; the model's own"
                    + " threshold applies to its events in any case).")
    double minConfidence;

    /** Which sentences the NLP stage reads in depth. */
    enum Parse { candidates, all }

    @Option(names = "--parse", paramLabel = "candidates|all", defaultValue = "candidates",
            description = "candidates: tag and parse only sentences with an actor name, role word, known place or"
                    + " reference that could hold an event (default); all: every sentence, as before the filter.")
    Parse parse = Parse.candidates;

    @Option(names = "--threads", paramLabel = "N", description = "Articles coded in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    Dictionaries dictionaries() {
        return dictionaries(null);
    }

    /** The dictionaries; what the PETRARCH files gave is reported to {@code err} when it is not null. */
    Dictionaries dictionaries(PrintWriter err) {
        DictionarySource source = dictionaryDir == null ? DictionarySource.builtIn()
                : DictionarySource.overriddenBy(dictionaryDir);
        Dictionaries base = Dictionaries.load(source);
        if (actorFiles.isEmpty() && agentFile == null && verbFile == null) {
            return base;
        }
        PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(base, actorFiles, agentFile, verbFile, add);
        if (err != null) {
            loaded.report().forEach(line -> err.println("detente: " + line));
        }
        return loaded.dictionaries();
    }

    Pipeline pipeline(CoreNlpStage nlp) {
        Dictionaries dictionaries = dictionaries();
        return pipeline(nlp, dictionaries, coder(dictionaries));
    }

    /** The standard pipeline with these options' --parse choice. */
    Pipeline pipeline(CoreNlpStage nlp, Dictionaries dictionaries, EventCoder coder) {
        return parse == Parse.all ? Detente.pipelineParsingAll(nlp, dictionaries, coder)
                : Detente.pipeline(nlp, dictionaries, coder);
    }

    /** The coding stage these options ask for. */
    EventCoder coder(Dictionaries dictionaries) {
        return coder(dictionaries, requireDyad);
    }

    EventCoder coder(Dictionaries dictionaries, boolean requireTarget) {
        return coder(dictionaries, requireTarget, Readings.all);
    }

    /** The coding stage, with {@code byDefault} readings unless --readings says which. */
    EventCoder coder(Dictionaries dictionaries, boolean requireTarget, Readings byDefault) {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("--min-confidence " + minConfidence + ": must be between 0 and 1");
        }
        return Detente.events(dictionaries, requireTarget, reading(byDefault), minConfidence);
    }

    /** The learned reading, or null for --readings patterns; a bad --model file fails here, naming it. */
    LearnedReading reading(Readings byDefault) {
        if ((readings == null ? byDefault : readings) == Readings.patterns) {
            return null;
        }
        return model == null ? Detente.reading() : new LearnedReading(ReadingModel.load(model));
    }
}
