package detente.event.reading;

import detente.doc.Dependency;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The learned reading of one sentence: of the ordered pairs of actor mentions in it, the one the model reads as
 * source acting on target, the PLOVER type of that act and its CAMEO code, with a confidence and the features that
 * decided. The coder asks for it where its patterns found nothing, and codes it when the confidence reaches the
 * model's threshold (or the user's).
 */
public final class LearnedReading {

    /** The five classes, labelled "0" to "4" in the class head. */
    private static final int CLASSES = 5;

    /** The confidence factor when the sentence's class head and the pair's type head read different classes. */
    private static final double DISAGREEING = 0.5;

    /** How many feature names an explanation lists per head. */
    private static final int REASONS = 4;

    private final ReadingModel model;

    public LearnedReading(ReadingModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public ReadingModel model() {
        return model;
    }

    /** The rule id the reading's events carry. */
    public String rule() {
        return "model:" + model.version();
    }

    /**
     * What the model reads for one pair.
     *
     * @param trigger    the token that governs both actors (the event's trigger), or the sentence root
     * @param role       the probability that the source acts on the target
     * @param classScore the probability of the type's five-class class, from the sentence and the pair together
     * @param between    the words on the dependency path from one actor to the other (their modality is the
     *                   act's: "said it would not attack Iran")
     * @param why        the strongest features, for {@code explain}
     */
    public record Reading(Mention source, Mention target, String type, String code, int trigger, double role,
                          double typeScore, double classScore, double confidence, List<Integer> between,
                          String why) {
    }

    /** The best reading of the sentence, or null when it has no two distinct actors. */
    public Reading read(Document document, DependencyGraph graph, Sentence sentence) {
        List<Mention> actors = document.mentions().stream()
                .filter(m -> m.sentence() == sentence.index() && m.actor().code() != null)
                .toList();
        ReadingFeatures features = new ReadingFeatures(document, graph);
        List<ReadingFeatures.Span> spans = actors.stream().map(ReadingFeatures.Span::of).toList();
        List<String> sentenceFeatures = features.ofSentence(sentence, spans);
        double[] bySentence = bySentence(sentenceFeatures);
        Reading best = null;
        for (Mention source : actors) {
            for (Mention target : actors) {
                ReadingFeatures.Span s = ReadingFeatures.Span.of(source);
                ReadingFeatures.Span t = ReadingFeatures.Span.of(target);
                if (source == target || s.overlaps(t) || Objects.equals(source.actor().code(), target.actor().code())
                        || !couldAct(graph, source, target)) {
                    continue;
                }
                Reading r = readPair(features, graph, sentence, sentenceFeatures, bySentence, source, target, s, t);
                if (!direct(graph, r, s, t)) {
                    continue;
                }
                if (conjuncts(graph, source, target) && classOf(r.code()) >= 3) {
                    // "American and British warships shot down drones": allies acting together, not on each other.
                    continue;
                }
                if (best == null || r.role() > best.role()
                        || r.role() == best.role() && r.confidence() > best.confidence()) {
                    best = r;
                }
            }
        }
        return best != null ? best : readDoer(features, graph, sentence, sentenceFeatures, bySentence, actors);
    }

    /** Prepositions that make a phrase the place of an act, not its doer ("the strikes in Syria"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "inside", "within", "across",
            "into", "around", "outside", "along");

    /**
     * Whether the pair could be one acting on the other at all: at least one names a country, group or person (a
     * reading between two bare roles helps no dyad), the source is not where something happened, and the press is
     * an audience, not a party.
     */
    private static boolean couldAct(DependencyGraph graph, Mention source, Mention target) {
        if (source.actor().isRoleOnly() && target.actor().isRoleOnly()) {
            return false;
        }
        String relation = graph.relation(graph.headOf(source.firstToken(), source.endToken()));
        int colon = relation.indexOf(':');
        if (colon > 0 && PLACE_PREPOSITIONS.contains(relation.substring(colon + 1))) {
            return false;
        }
        if (source.actor().group() == null && source.actor().country() != null
                && source.actor().country().equals(target.actor().country())
                && (source.via() == Mention.Via.PLACE || target.via() == Mention.Via.PLACE)) {
            // "Syrian forces shelled Aleppo": a state's forces in its own town are where, not whom.
            return false;
        }
        return !target.actor().isPress();
    }

    private static boolean conjuncts(DependencyGraph graph, Mention a, Mention b) {
        int ha = graph.headOf(a.firstToken(), a.endToken());
        int hb = graph.headOf(b.firstToken(), b.endToken());
        return graph.conjuncts(ha).contains(hb) || graph.conjuncts(hb).contains(ha)
                || graph.head(ha) == graph.head(hb) && graph.relation(ha).equals(graph.relation(hb))
                && (graph.relation(ha).equals("conj") || graph.relation(ha).equals("amod"));
    }

    /** The most dependency edges from an actor's head up to the verb that governs both actors. */
    private static final int MAX_REACH = 2;

    /**
     * Whether the pair are arguments of one verb, each within two edges of it ("Egypt pilloried Ethiopia", "Kenya's
     * police detained a Ugandan envoy", "Seoul delivered food to Pyongyang"): the reading is for wordings the patterns
     * do not list, not for actors that a long path through a quote or a clause joins.
     */
    private static boolean direct(DependencyGraph graph, Reading r, ReadingFeatures.Span s, ReadingFeatures.Span t) {
        return reach(graph, graph.headOf(s.first(), s.end()), r.trigger()) <= MAX_REACH
                && reach(graph, graph.headOf(t.first(), t.end()), r.trigger()) <= MAX_REACH;
    }

    private static int reach(DependencyGraph graph, int from, int to) {
        int edges = graph.pathToRoot(from).indexOf(to);
        return edges < 0 ? Integer.MAX_VALUE : edges;
    }

    /** How much a reading with no target actor is trusted, against the role head's score of a pair. */
    private static final double DOER_ROLE = 0.7;

    /**
     * A sentence with no pair to read: the actor that is the subject of its verb (or the owner or nationality of the subject:
     * "Israeli jets struck ..."): that actor's act, its type read against the verb's object whether or not it names
     * an actor ("Egypt has released an Al Jazeera journalist"). The event has no target.
     */
    private Reading readDoer(ReadingFeatures features, DependencyGraph graph, Sentence sentence,
                             List<String> sentenceFeatures, double[] bySentence, List<Mention> actors) {
        for (Mention doer : actors) {
            if (doer.actor().isRoleOnly()) {
                // "officials revised", "traders weighed": a bare role alone is no one's act.
                continue;
            }
            int head = graph.headOf(doer.firstToken(), doer.endToken());
            String relation = graph.relation(head);
            int subject = relation.equals("nsubj") ? head
                    : Set.of("amod", "nmod:poss", "compound").contains(relation)
                    && graph.relation(graph.head(head)).equals("nsubj") ? graph.head(head) : -1;
            int verb = subject < 0 ? -1 : graph.head(subject);
            if (verb < 0 || !sentence.containsToken(verb)) {
                continue;
            }
            int object = -1;
            for (String r : List.of("obj", "obl", "xcomp", "ccomp", "nmod")) {
                List<Integer> found = graph.children(verb, r);
                if (!found.isEmpty()) {
                    object = found.get(0);
                    break;
                }
            }
            int target = object;
            if (actors.stream().anyMatch(m -> m.coversToken(target) && m.via() == Mention.Via.PLACE
                    && Objects.equals(m.actor().country(), doer.actor().country()))) {
                // "Syrian forces besieged Aleppo": a state's forces in its own town, where rather than whom.
                return null;
            }
            ReadingFeatures.Span s = ReadingFeatures.Span.of(doer);
            ReadingFeatures.Span t = object < 0 || s.covers(object) ? new ReadingFeatures.Span(verb, verb + 1)
                    : new ReadingFeatures.Span(object, object + 1);
            Reading r = readPair(features, graph, sentence, sentenceFeatures, bySentence, doer, null, s, t);
            // The verb's clauses, its object and the object's carry the act's modality ("faces calls to release").
            List<Integer> between = new ArrayList<>(graph.children(verb, "xcomp", "ccomp"));
            if (object >= 0) {
                between.add(object);
                between.addAll(graph.children(object, "acl", "xcomp", "ccomp"));
            }
            return new Reading(doer, null, r.type(), r.code(), verb, DOER_ROLE, r.typeScore(), r.classScore(),
                    DOER_ROLE * (r.role() > 0 ? r.confidence() / r.role() : r.classScore()), between, "no target actor; "
                    + r.why().replaceFirst("^role [^;]*; ", ""));
        }
        return null;
    }

    /** The class head's reading of a sentence, by class 0–4: the same for every pair in it. */
    private double[] bySentence(List<String> sentenceFeatures) {
        double[] classes = model.classes().probabilities(sentenceFeatures);
        double[] out = new double[CLASSES];
        for (int i = 0; i < classes.length; i++) {
            out[Integer.parseInt(model.classes().labels().get(i))] += classes[i];
        }
        return out;
    }

    private Reading readPair(ReadingFeatures features, DependencyGraph graph, Sentence sentence,
                             List<String> sentenceFeatures, double[] bySentence, Mention source, Mention target,
                             ReadingFeatures.Span s, ReadingFeatures.Span t) {
        List<String> pair = features.ofPair(s, t);
        List<String> all = new ArrayList<>(sentenceFeatures);
        all.addAll(pair);
        double role = model.role().probability(pair, "yes");
        double[] types = model.type().probabilities(all);
        // The class of the act: the sentence head and the pair's type head, each counting half.
        double[] byPair = new double[CLASSES];
        for (int i = 0; i < types.length; i++) {
            byPair[classOf(model.codes().get(model.type().labels().get(i)))] += types[i];
        }
        double[] joint = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            joint[c] = 0.5 * bySentence[c] + 0.5 * byPair[c];
        }
        int bestClass = argmax(joint);
        // Two heads that read different classes are a reading to trust less.
        double agreement = argmax(bySentence) == argmax(byPair) ? 1.0 : DISAGREEING;
        int bestType = -1;
        for (int i = 0; i < types.length; i++) {
            String label = model.type().labels().get(i);
            if (classOf(model.codes().get(label)) == bestClass && (bestType < 0 || types[i] > types[bestType])) {
                bestType = i;
            }
        }
        if (bestType < 0) {
            bestType = argmax(types);
        }
        String label = model.type().labels().get(bestType);
        String why = String.format(Locale.ROOT, "role %.2f (%s); %s %.2f (%s); class %d %.2f (%s)", role,
                reasons(model.role(), pair, "yes"), label, types[bestType], reasons(model.type(), all, label),
                bestClass, joint[bestClass], reasons(model.classes(), sentenceFeatures, String.valueOf(bestClass)));
        Meeting meeting = meeting(graph, sentence, s, t);
        return new Reading(source, target, label, model.codes().get(label), meeting.trigger(), role,
                types[bestType], joint[bestClass], role * joint[bestClass] * agreement, meeting.between(), why);
    }

    /** The five classes by CAMEO root: 01–02 statement, 03–05, 06–08, 09–13, 14–20. */
    public static int classOf(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    private static String reasons(LinearHead head, List<String> features, String label) {
        return head.strongest(features, label, REASONS).stream().map(LinearHead.Contribution::feature)
                .collect(Collectors.joining(" "));
    }

    /**
     * Where the two spans meet in the dependency tree.
     *
     * @param trigger the lowest word governing both heads that is in neither span; the sentence root when one actor
     *                governs the other
     * @param between the tokens on the path between the two heads, in neither span
     */
    private record Meeting(int trigger, List<Integer> between) {
    }

    private static Meeting meeting(DependencyGraph graph, Sentence sentence, ReadingFeatures.Span s,
                                   ReadingFeatures.Span t) {
        List<Integer> up = graph.pathToRoot(graph.headOf(s.first(), s.end()));
        List<Integer> down = graph.pathToRoot(graph.headOf(t.first(), t.end()));
        int meet = 0;
        while (meet < down.size() && !up.contains(down.get(meet))) {
            meet++;
        }
        if (meet == down.size()) {
            return new Meeting(root(graph, sentence), List.of());
        }
        List<Integer> between = new ArrayList<>(up.subList(1, up.indexOf(down.get(meet)) + 1));
        if (meet > 1) {
            between.addAll(down.subList(1, meet));
        }
        between.removeIf(token -> s.covers(token) || t.covers(token));
        for (int j = meet; j < down.size(); j++) {
            int x = down.get(j);
            if (up.contains(x) && !s.covers(x) && !t.covers(x)) {
                return new Meeting(x, between);
            }
        }
        return new Meeting(root(graph, sentence), between);
    }

    /** The sentence's root token (its first token when the parse has none). */
    private static int root(DependencyGraph graph, Sentence sentence) {
        for (int x = sentence.firstToken(); x < sentence.endToken(); x++) {
            if (graph.head(x) == Dependency.ROOT) {
                return x;
            }
        }
        return sentence.firstToken();
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
