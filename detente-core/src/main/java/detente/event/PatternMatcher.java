package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches one {@link EventPattern} at one trigger token over the dependency graph, returning the tokens that fill
 * its slots. Pure: reads the document, changes nothing.
 */
final class PatternMatcher {

    /** The tokens that fill {@code {S}} and {@code {T}}; empty lists when a slot is absent or unfilled. */
    /**
     * @param specificity the pattern's specificity counting, for each word with alternatives, the words of the
     *                    alternative that matched ("austrian gold florin" beats "austrian florin")
     */
    record Binding(List<Integer> source, List<Integer> target, List<Integer> anchors, int specificity) {
    }


    private final Document document;
    private final DependencyGraph graph;
    private final SubjectFinder subjectFinder;
    private final PetrarchReading petrarch;
    private final ContextWords words;
    private final NounTelling nouns;

    PatternMatcher(Document document, DependencyGraph graph, ContextWords words, NounFrames frames) {
        this.document = document;
        this.graph = graph;
        this.words = words;
        this.subjectFinder = new SubjectFinder(document, graph, frames, words);
        this.petrarch = new PetrarchReading(document, graph);
        this.nouns = new NounTelling(document, graph, frames, Set.of());
    }

    /**
     * A verb whose object is "what" only describes something named elsewhere: "hit what he called a British
     * ship", "struck what it described as bases" — "called" and "described" are no events of their own.
     */
    boolean describes(int token) {
        return graph.children(token, "obj").stream()
                .anyMatch(o -> document.token(o).lemma().equalsIgnoreCase("what"));
    }

    /** True when {@code token} can trigger {@code pattern}: lemma, part of speech, and phrasal parts. */
    boolean triggers(EventPattern pattern, int token) {
        Token t = document.token(token);
        if (pattern.triggerPos() == 'v' && !t.isVerb() || pattern.triggerPos() == 'n' && !t.isNoun()) {
            return false;
        }
        if (pattern.triggerPos() == 0 && !t.isVerb() && !t.isNoun()) {
            return false;
        }
        for (String phrase : pattern.triggers()) {
            if (hasLemma(token, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Null when a required word or slot is missing. */
    Binding bind(EventPattern pattern, int trigger) {
        List<Integer> anchors = new ArrayList<>();
        anchors.add(trigger);
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        int specificity = pattern.specificity();
        List<Integer> skipped = new ArrayList<>();
        for (EventPattern.Step step : pattern.steps()) {
            if (step instanceof EventPattern.Word word) {
                int found = findWord(anchors, word);
                if (found < 0 && !word.optional()) {
                    return null;
                }
                if (found >= 0) {
                    anchors.add(found);
                    if (!word.optional()) {
                        specificity += matchedLength(found, word) - EventPattern.longestPhrase(word.lemmas());
                    }
                }
            } else if (step instanceof EventPattern.Before before) {
                if (!petrarch.hasBefore(trigger, before)) {
                    return null;
                }
            } else if (step instanceof EventPattern.Marker marker) {
                if (findPrepositional(anchors, marker.prep()) < 0
                        && !(marker.deep() && findPrepositional(petrarch.below(anchors), marker.prep()) >= 0)) {
                    return null;
                }
            } else if (step instanceof EventPattern.Skip skip) {
                int phrase = findPrepositional(anchors, skip.prep());
                if (phrase < 0) {
                    return null;
                }
                skipped.add(phrase);
                skipped.addAll(graph.conjuncts(phrase));
            } else if (step instanceof EventPattern.Slot slot) {
                List<Integer> into = slot.role() == 'S' ? source : target;
                if (slot.conjunct()) {
                    List<Integer> other = slot.role() == 'S' ? target : source;
                    for (int o : List.copyOf(other)) {
                        into.addAll(graph.conjuncts(o));
                    }
                    // "between Iran and Turkey": the first conjunct fills the earlier slot alone.
                    other.removeAll(into);
                } else if (slot.any()) {
                    List<Integer> complements = petrarch.complements(anchors);
                    complements.removeAll(skipped);
                    into.addAll(complements);
                } else if (slot.subject()) {
                    // The phrase before the verb, passive or not ("Ithilen's militia was freed from ...").
                    List<Integer> subjects = graph.children(trigger, "nsubj", "nsubj:pass");
                    into.addAll(subjects.isEmpty() ? subjectFinder.of(trigger) : subjects);
                } else if (slot.prep().isEmpty()) {
                    into.addAll(directObject(trigger));
                } else {
                    List<Integer> found = findPrepositionals(anchors, slot.prep());
                    if (!found.isEmpty()) {
                        into.addAll(found);
                    } else if (slot.prep().contains("")) {
                        into.addAll(directObject(trigger));
                    }
                }
            }
        }
        boolean targetIsSubject = pattern.steps().stream()
                .anyMatch(s -> s instanceof EventPattern.Slot sl && sl.role() == 'T' && sl.subject());
        if (pattern.sourceBefore()) {
            source.addAll(subjectFinder.of(trigger));
        } else if (source.isEmpty() && !targetIsSubject
                && pattern.steps().stream().noneMatch(s -> s instanceof EventPattern.Slot sl && sl.role() == 'S')) {
            source.addAll(subjectFinder.of(trigger));
        }
        return new Binding(source, target, anchors, specificity);
    }

    /**
     * Whether the trigger has a direct object that is not a word of the pattern: "shot down drones" has one,
     * "signed a memorandum" (for "{S} sign memorandum") has none.
     */
    boolean hasObject(Binding binding) {
        return graph.children(binding.anchors().get(0), "obj", "iobj").stream()
                .anyMatch(o -> !binding.anchors().contains(o));
    }

    /** The words of the longest alternative of {@code word} that {@code token} matches. */
    private int matchedLength(int token, EventPattern.Word word) {
        int longest = 1;
        for (String alternative : word.lemmas()) {
            if (hasLemma(token, alternative, word.literal()) || hasLemma(token, alternative, true)) {
                longest = Math.max(longest, alternative.split("[ _]").length);
            }
        }
        return longest;
    }

    /** The direct object; for a passive verb, its passive subject ("soldiers were killed"). */
    private List<Integer> directObject(int trigger) {
        List<Integer> out = new ArrayList<>(graph.children(trigger, "obj", "iobj", "nsubj:pass"));
        if (out.isEmpty() && document.token(trigger).isNoun()) {
            out.addAll(graph.children(trigger, "nmod:of"));
        }
        return out;
    }

    private int findWord(List<Integer> anchors, EventPattern.Word word) {
        int found = findChildWord(anchors, word);
        if (found >= 0 || !word.literal()) {
            return found;
        }
        List<Integer> level = new ArrayList<>(anchors);
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int head : level) {
                for (var child : graph.children(head)) {
                    if (!child.relation().equals("punct") && child.dependent() > anchors.get(0)) {
                        next.add(child.dependent());
                    }
                }
            }
            next.sort(Integer::compare);
            for (int t : next) {
                // The preposition may introduce the word's phrase rather than the word ("on cultural issues").
                int phrase = Set.of("amod", "compound", "nmod:poss").contains(graph.relation(t)) ? graph.head(t) : t;
                boolean prepOk = word.prep().isEmpty()
                        || word.prep().contains(graph.headEdge(t).subtype().replace('_', ' '))
                        || phrase >= 0 && word.prep().contains(graph.relation(phrase).contains(":")
                        ? graph.headEdge(phrase).subtype().replace('_', ' ') : "");
                if (prepOk && isWord(t, word, true)) {
                    return t;
                }
            }
            level = next;
        }
        return -1;
    }

    private int findChildWord(List<Integer> anchors, EventPattern.Word word) {
        for (int anchor : anchors) {
            for (var child : graph.children(anchor)) {
                String rel = child.relation();
                if (rel.equals("punct") || rel.equals("case") || rel.equals("det")) {
                    continue;
                }
                if (!word.literal() && (rel.equals("ccomp") || rel.equals("parataxis"))) {
                    // A reported clause is what was said, not a word of the pattern: "claimed that ISIL had
                    // attacked" is not "claimed the attack".
                    continue;
                }
                boolean prepOk = word.prep().isEmpty() || word.prep().contains(child.subtype().replace('_', ' '));
                if (prepOk && isWord(child.dependent(), word, word.literal())) {
                    return child.dependent();
                }
            }
            // "airstrikes by Pakistan" where the word is the head: the anchor's own head may carry it, if it
            // comes after the anchor as in the pattern ("were forced to withdraw" is no "withdraw force").
            int head = graph.head(anchor);
            if (head > anchor && word.prep().isEmpty() && isWord(head, word, false)
                    && graph.relation(anchor).startsWith("xcomp")) {
                return head;
            }
        }
        if (!word.prep().isEmpty()) {
            // "engaged Afghan forces in heavy fighting": the parser may hang the phrase on the trigger's object.
            for (int object : graph.children(anchors.get(0), "obj")) {
                for (var child : graph.children(object)) {
                    if (word.prep().contains(child.subtype().replace('_', ' '))
                            && isWord(child.dependent(), word, word.literal())) {
                        return child.dependent();
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Every dependent of the anchors introduced by one of {@code preps}, nearest anchor first: "strikes on
     * militant hideouts in Iran" offers both phrases, and the coder takes the first that names an actor.
     */
    private List<Integer> findPrepositionals(List<Integer> anchors, Set<String> preps) {
        List<Integer> out = new ArrayList<>();
        List<Integer> places = new ArrayList<>(anchors);
        int carrier = document.token(anchors.get(0)).isNoun() ? nouns.carrier(anchors.get(0)) : -1;
        if (carrier >= 0) {
            // "carried out air raids yesterday against Houthi positions": the phrase may hang on the carrier.
            places.add(0, carrier);
        }
        for (int i = places.size() - 1; i >= 0; i--) {
            for (var child : graph.children(places.get(i))) {
                String base = child.baseRelation();
                if ((base.equals("obl") || base.equals("nmod") || base.equals("advcl") || base.equals("acl"))
                        && preps.contains(child.subtype().replace('_', ' ')) && !isTime(child.dependent())) {
                    out.add(child.dependent());
                }
            }
        }
        return out;
    }

    /** A dependent of any anchor introduced by one of {@code preps} (obl:on, nmod:on, advcl:for...). */
    private int findPrepositional(List<Integer> anchors, Set<String> preps) {
        for (int i = anchors.size() - 1; i >= 0; i--) {
            for (var child : graph.children(anchors.get(i))) {
                String base = child.baseRelation();
                if ((base.equals("obl") || base.equals("nmod") || base.equals("advcl") || base.equals("acl"))
                        && preps.contains(child.subtype().replace('_', ' ')) && !isTime(child.dependent())) {
                    return child.dependent();
                }
            }
        }
        return -1;
    }

    /** Whether {@code token} is one of the word's alternatives, in the part of speech the pattern asks for. */
    private boolean isWord(int token, EventPattern.Word word, boolean literal) {
        Token t = document.token(token);
        if (word.pos() == 'n' && !t.isNoun() || word.pos() == 'v' && !t.isVerb()) {
            return false;
        }
        return word.lemmas().stream().anyMatch(l -> hasLemma(token, l, literal));
    }

    /** A time phrase ("on Wednesday", "in 2013", "last week") is when, never an object or a prepositional slot. */
    private boolean isTime(int token) {
        Token t = document.token(token);
        return words.is(ContextWords.WordClass.TIME, t.lemma()) || words.is(ContextWords.WordClass.TIME, t.text())
                || t.text().matches("(?:19|20)\\d{2}");
    }

    /**
     * Whether a token carries a lemma or a phrase: "air strike" is "strike" with "air" as a compound before it;
     * "carry out" is "carry" with the particle "out".
     */
    boolean hasLemma(int token, String phrase) {
        return hasLemma(token, phrase, false);
    }

    /** As {@link #hasLemma(int, String)}; {@code literal} compares the words as written instead of lemmas. */
    private boolean hasLemma(int token, String phrase, boolean literal) {
        String lemma = literal ? document.token(token).text().toLowerCase(Locale.ROOT)
                : document.token(token).lemma().toLowerCase(Locale.ROOT);
        if (phrase.indexOf(' ') < 0 && phrase.indexOf('_') < 0) {
            return lemma.equals(phrase) || document.token(token).text().toLowerCase(Locale.ROOT).equals(phrase);
        }
        String[] words = phrase.split("[ _]");
        // Words joined by '_' (imported patterns) must be adjacent, as PETRARCH reads them.
        boolean adjacent = phrase.indexOf('_') >= 0;
        String text = document.token(token).text().toLowerCase(Locale.ROOT);
        if (lemma.equals(words[words.length - 1]) || text.equals(words[words.length - 1])) {
            for (int w = 0; w < words.length - 1; w++) {
                String want = words[w];
                if (adjacent) {
                    int at = token - (words.length - 1 - w);
                    if (at < 0 || !document.token(at).text().equalsIgnoreCase(want)) {
                        return false;
                    }
                    continue;
                }
                if (graph.children(token, "compound", "amod").stream()
                        .noneMatch(c -> document.token(c).lemma().equalsIgnoreCase(want)
                                || document.token(c).text().equalsIgnoreCase(want))) {
                    return false;
                }
            }
            return true;
        }
        if (lemma.equals(words[0]) || text.equals(words[0])) {
            for (int w = 1; w < words.length; w++) {
                String want = words[w];
                if (adjacent) {
                    int at = token + w;
                    if (at >= document.tokens().size() || !document.token(at).text().equalsIgnoreCase(want)) {
                        return false;
                    }
                    continue;
                }
                // A particle right after the verb counts even when the parser read it as a preposition
                // ("cordoned off the roads").
                if (token + w < document.tokens().size() && document.token(token + w).text().equalsIgnoreCase(want)
                        && document.token(token + w).sentence() == document.token(token).sentence()) {
                    continue;
                }
                if (graph.children(token, "compound:prt", "advmod", "obj", "compound").stream()
                        .noneMatch(c -> document.token(c).lemma().equalsIgnoreCase(want)
                                || document.token(c).text().equalsIgnoreCase(want))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
