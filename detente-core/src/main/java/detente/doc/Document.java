package detente.doc;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article and everything the pipeline has learnt about it. Immutable: each stage returns a new document with
 * its layer added. Every offset in every layer indexes into {@code article().text()}. The document owns the
 * navigable {@link #graph()} of its dependencies, built once when the parse is added and shared by every stage.
 */
public record Document(Article article, Set<Layer> layers, List<Sentence> sentences, List<Token> tokens,
                       List<Dependency> dependencies, List<Mention> mentions, List<Event> events,
                       List<Quote> quotes, List<Quantity> quantities, List<Timex> timexes, DependencyGraph graph) {

    /** A document whose dependency graph is built from {@code tokens} and {@code dependencies}. */
    public Document(Article article, Set<Layer> layers, List<Sentence> sentences, List<Token> tokens,
                    List<Dependency> dependencies, List<Mention> mentions, List<Event> events, List<Quote> quotes,
                    List<Quantity> quantities, List<Timex> timexes) {
        this(article, layers, sentences, tokens, dependencies, mentions, events, quotes, quantities, timexes, null);
    }

    public Document {
        Objects.requireNonNull(article, "article");
        layers = Set.copyOf(layers);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        quantities = List.copyOf(quantities);
        timexes = List.copyOf(timexes);
        if (graph == null) {
            graph = new DependencyGraph(tokens.size(), dependencies);
        }
    }

    /** A document that has only its text. */
    public static Document of(Article article) {
        return new Document(article, Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public String textOf(int start, int end) {
        return article.text().substring(start, end);
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public String textOf(Sentence sentence) {
        return textOf(sentence.start(), sentence.end());
    }

    /** The analysis of the NLP stage: sentences, tokens with lemma, POS and NER, and dependency edges. */
    public Document withParse(List<Sentence> newSentences, List<Token> newTokens, List<Dependency> newDependencies,
                              Set<Layer> added) {
        return new Document(article, plus(added), newSentences, newTokens, newDependencies, mentions, events,
                quotes, quantities, timexes);
    }

    public Document withMentions(List<Mention> newMentions) {
        return new Document(article, plus(Set.of(Layer.MENTIONS)), sentences, tokens, dependencies, newMentions,
                events, quotes, quantities, timexes, graph);
    }

    public Document withEvents(List<Event> newEvents) {
        return new Document(article, plus(Set.of(Layer.EVENTS)), sentences, tokens, dependencies, mentions,
                newEvents, quotes, quantities, timexes, graph);
    }

    /** The facts layers, with the events re-dated and located by the facts stage. */
    public Document withFacts(List<Event> datedEvents, List<Quote> newQuotes, List<Quantity> newQuantities,
                              List<Timex> newTimexes) {
        return new Document(article, plus(Set.of(Layer.QUOTES, Layer.QUANTITIES, Layer.TIMEXES)), sentences,
                tokens, dependencies, mentions, datedEvents, newQuotes, newQuantities, newTimexes, graph);
    }

    private Set<Layer> plus(Set<Layer> added) {
        EnumSet<Layer> all = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        all.addAll(added);
        return all;
    }
}
