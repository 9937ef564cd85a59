package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Layer;
import detente.doc.Quantity;
import detente.doc.Quote;
import detente.doc.Timex;
import detente.pipeline.Stage;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The facts stage: time expressions, quotes with speakers, quantities, and each event's governing date and
 * place. Runs after the event coder; it re-dates and locates events but never adds or removes one.
 */
public final class FactStage implements Stage {

    public static final String NAME = "facts";

    private final FactDictionary dictionary;

    public FactStage(FactDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The events: each takes the date and place of its clause (their count and codes stay as coded). */
    @Override
    public Set<Layer> rewrites() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS, Layer.POS, Layer.DEPENDENCIES,
                Layer.MENTIONS, Layer.EVENTS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES, Layer.QUANTITIES, Layer.TIMEXES);
    }

    @Override
    public Document apply(Document document) {
        Facts facts = extract(document);
        return document.withFacts(facts.events(), facts.quotes(), facts.quantities(), facts.timexes());
    }

    /** What the stage found, before it is written to a document. */
    public record Facts(List<Event> events, List<Quote> quotes, List<Quantity> quantities, List<Timex> timexes) {
    }

    /** The facts of a document (pure: the document is not changed). */
    public Facts extract(Document document) {
        DependencyGraph graph = document.graph();
        Paragraphs paragraphs = new Paragraphs(document.text());
        List<Timex> timexes = new TimexResolver(document, new TenseReader(document, graph)).resolve();
        PlaceResolver places = new PlaceResolver(document, graph, dictionary.gazetteer(), timexes);
        List<Event> events = new EventPlacer(document, graph, timexes, places, paragraphs).place(document.events());
        List<Quote> quotes = QuoteExtractor.extract(document, graph, paragraphs, dictionary.words());
        List<Quantity> quantities = new QuantityExtractor(document, graph, dictionary.currencies(), dictionary.words())
                .extract(timexes, events, paragraphs);
        return new Facts(events, quotes, quantities, timexes);
    }
}
