package detente.cli;

import detente.actor.ActorDictionary;
import detente.actor.DictionaryCheck;
import detente.actor.Person;
import detente.actor.Term;
import detente.doc.Mention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code detente actors}: look names up, check the dictionary, list actors the dictionary lacks. */
@Command(name = "actors",
        description = "Work with the actor dictionary.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Check.class, ActorsCommand.Unknown.class,
                ActorsCommand.ImportOffices.class})
final class ActorsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lookup",
            description = "Show what a name resolves to on a date.")
    static final class Lookup implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date in force (default: today).")
        LocalDate date;

        @Mixin
        PipelineOptions options = new PipelineOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate on = date == null ? LocalDate.now() : date;
            List<Term> terms = options.dictionaries().actors().find(name);
            if (terms.isEmpty()) {
                out.println(name + ": not in the dictionary");
                return 1;
            }
            for (Term term : terms) {
                out.printf("%s: %s %s%n", name, term.kind().name().toLowerCase(), term.label());
                if (term.person() != null) {
                    Person p = term.person();
                    out.printf("  on %s: %s%n", on, p.roleOn(on).map(r -> r.code() + " (" + r.title() + ")")
                            .orElse("no role in force; country " + p.country()));
                    for (Person.Role role : p.roles()) {
                        out.printf("  %-10s %-30s %s .. %s%n", role.code(), role.title(), role.from(),
                                role.to() == null ? "" : role.to());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "check",
            description = "Check the dictionary: schema, overlapping roles, names claimed by two actors.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        PipelineOptions options = new PipelineOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ActorDictionary dictionary = options.dictionaries().actors();
            DictionaryCheck.Report report = DictionaryCheck.of(dictionary);
            section(out, "problems (the dictionary is wrong; fix these)", report.problems());
            section(out, "warnings (worth a look)", report.warnings());
            section(out, "notes (usually right: people holding two offices at once)", report.notes());
            out.printf("%d countries, %d organisations and groups, %d people, %d agents, %d names; %d problems,"
                            + " %d warnings, %d notes%n", dictionary.countries().size(),
                    dictionary.organisations().size(), dictionary.people().size(), dictionary.agents().size(),
                    dictionary.terms().size(), report.problems().size(), report.warnings().size(),
                    report.notes().size());
            return report.problems().isEmpty() ? 0 : 1;
        }

        private static void section(PrintWriter out, String title, List<String> lines) {
            if (!lines.isEmpty()) {
                out.println(title + ":");
                lines.forEach(l -> out.println("  " + l));
                out.println();
            }
        }
    }

    @Command(name = "import-offices",
            description = "Write actors/office-holders.tsv from a Phoenix/CountryInfo country dictionary: government "
                    + "office-holders with their dates, leaving out people that people.yaml already has.")
    static final class ImportOffices implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", paramLabel = "FILE", required = true,
                description = "Phoenix.Countries.actors.txt (PETRARCH format).")
        java.nio.file.Path from;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write (actors/office-holders.tsv of a dictionary directory).")
        java.nio.file.Path out;

        @Option(names = "--since", paramLabel = "YYYY-MM-DD", defaultValue = "1990-01-01",
                description = "Keep offices held on or after this date (default: ${DEFAULT-VALUE}).")
        LocalDate since;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", defaultValue = "2014-01-30",
                description = "The date the source was made; its open offices end there (default: ${DEFAULT-VALUE}, "
                        + "CountryInfo.140130).")
        LocalDate asOf;

        @Option(names = "--dict", paramLabel = "DIR", description = "Dictionary directory whose people.yaml is merged.")
        java.nio.file.Path dict;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter err = spec.commandLine().getErr();
            detente.actor.PetrarchActorReader.Result read = detente.actor.PetrarchActorReader.read(from);
            detente.dict.DictionarySource source = dict == null ? detente.dict.DictionarySource.builtIn()
                    : detente.dict.DictionarySource.overriddenBy(dict);
            ActorDictionary known = ActorDictionary.handWritten(source);
            detente.actor.OfficeHolderImport.Result result = detente.actor.OfficeHolderImport.of(
                    read.dictionary().people(), known, since, asOf);
            java.nio.file.Files.writeString(out, detente.actor.OfficeHolderImport.table(result,
                    from.getFileName().toString(), since, asOf));
            err.printf("%s: %d people read, %d with a government office since %s, %d already in people.yaml, "
                            + "%d spellings merged, %d ambiguous names dropped; %d people written to %s%n",
                    from.getFileName(), result.read(), result.withOffice(), since, result.alreadyKnown(),
                    result.mergedSpellings(), result.droppedNames(), result.people().size(), out);
            return 0;
        }
    }

    @Command(name = "unknown",
            description = "List people and organisations found in the inputs that the dictionary does not know.")
    static final class Unknown implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        InputOptions input = new InputOptions();

        @Mixin
        PipelineOptions options = new PipelineOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Map<String, int[]> counts = new TreeMap<>();
            Map<String, String> example = new TreeMap<>();
            // Names the dictionary lacks are most often in sentences the candidate filter would skip for lack of
            // a known name: every sentence is read.
            options.parse = PipelineOptions.Parse.all;
            int exit = CodingRun.codeInputs(input, options, err, d -> {
                for (Mention m : d.mentions()) {
                    if (!m.actor().isKnown()) {
                        counts.computeIfAbsent(m.text(), k -> new int[1])[0]++;
                        example.putIfAbsent(m.text(), d.article().id());
                    }
                }
            });
            out.println("count\tname\tfirst seen in");
            counts.entrySet().stream().sorted((a, b) -> b.getValue()[0] != a.getValue()[0]
                            ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()))
                    .forEach(e -> out.println(e.getValue()[0] + "\t" + e.getKey() + "\t" + example.get(e.getKey())));
            return exit;
        }
    }
}
