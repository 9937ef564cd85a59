package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Layer;
import detente.doc.Mention;
import detente.doc.Participant;
import detente.doc.Sentence;
import detente.doc.TextSpan;
import detente.doc.Token;
import detente.event.reading.LearnedReading;
import detente.pipeline.Stage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The coding stage: for every word that can trigger a pattern, binds the pattern's slots through the dependency
 * structure to actor mentions, reads the modality (done, intended, negated, hypothetical), and emits CAMEO events
 * with their PLOVER reading, trigger span, rule id and confidence.
 */
public final class EventCoder implements Stage {

    public static final String NAME = "events";

    private final EventDictionary dictionary;
    private final CameoOntology ontology;
    private final boolean requireTarget;
    private final LearnedReading learned;
    private final double minConfidence;

    public EventCoder(EventDictionary dictionary, CameoOntology ontology) {
        this(dictionary, ontology, true);
    }

    /**
     * @param requireTarget whether a pattern that names a target codes only when an actor fills it (the
     *                      default); false codes "a senior official said" as an event with no target, like
     *                      PETRARCH with {@code require_dyad = false}
     */
    public EventCoder(EventDictionary dictionary, CameoOntology ontology, boolean requireTarget) {
        this(dictionary, ontology, requireTarget, null, 0);
    }

    /**
     * @param reading       the learned reading, asked where the patterns code nothing in a sentence; null codes
     *                      with the patterns alone (PETRARCH-pure output)
     * @param minConfidence events below this confidence are not coded; the reading's own threshold applies to
     *                      its events as well
     */
    public EventCoder(EventDictionary dictionary, CameoOntology ontology, boolean requireTarget,
                      LearnedReading reading, double minConfidence) {
        this.dictionary = dictionary;
        this.ontology = ontology;
        this.requireTarget = requireTarget;
        this.learned = reading;
        this.minConfidence = minConfidence;
    }

    /** The learned reading this coder asks, or null when it codes with patterns alone. */
    public LearnedReading reading() {
        return learned;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS, Layer.POS, Layer.DEPENDENCIES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        return document.withEvents(code(document, EventTrace.NONE));
    }

    /** The events of a document (pure), reporting each decision to {@code trace}. */
    public List<Event> code(Document document, EventTrace trace) {
        DependencyGraph graph = document.graph();
        ContextWords words = dictionary.contextWords();
        PatternMatcher matcher = new PatternMatcher(document, graph, words, dictionary.nounFrames());
        Modality modality = new Modality(document, graph, dictionary.nounFrames(), words);
        MentionIndex mentions = new MentionIndex(document, graph);
        Speakers speakers = new Speakers(document, graph, mentions, words);
        Context context = new Context(new ClaimDenial(document, graph, words), new Background(document, graph, words),
                new PlaceTargets(document, graph, words));
        List<Event> headline = new ArrayList<>();
        List<Event> body = new ArrayList<>();
        int headlineEnd = headlineEnd(document);
        for (Sentence sentence : document.sentences()) {
            Map<String, Event> unique = new LinkedHashMap<>();
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                codeTrigger(document, sentence, t, matcher, modality, mentions, speakers, context, trace, unique);
            }
            if (unique.isEmpty() && learned != null) {
                codeReading(document, graph, sentence, modality, speakers, trace, unique);
            }
            for (Event e : withoutBareStatements(unique.values(), trace)) {
                if (e.confidence() >= minConfidence) {
                    (sentence.end() <= headlineEnd ? headline : body).add(e);
                } else {
                    trace.note("  " + e.cameo() + " " + e.source().code() + " by " + e.rule() + ": confidence "
                            + e.confidence() + " below " + minConfidence);
                }
            }
        }
        List<Event> events = new ArrayList<>(Headlines.notInBody(headline, body, trace));
        events.addAll(body);
        return events;
    }

    /** What the clause around a trigger says of it: a denied claim, background, a place rather than an actor. */
    private record Context(ClaimDenial denials, Background background, PlaceTargets places) {
    }

    /**
     * Where no pattern fired: the learned reading's best pair, coded when the model is sure enough and the trigger
     * reports an act that happened (not negated, intended, hypothetical or refused).
     */
    private void codeReading(Document document, DependencyGraph graph, Sentence sentence, Modality modality,
                             Speakers speakers, EventTrace trace, Map<String, Event> unique) {
        LearnedReading.Reading r = learned.read(document, graph, sentence);
        if (r == null) {
            return;
        }
        String pair = r.source().actor().code() + " -> " + (r.target() == null ? "(none)" : r.target().actor().code());
        trace.note("  " + learned.rule() + ": " + pair + " " + r.type() + " (" + r.code() + ") confidence "
                + String.format(Locale.ROOT, "%.2f", r.confidence()) + ": " + r.why());
        if (r.confidence() < learned.model().threshold()) {
            trace.note("  " + learned.rule() + ": not coded, below the model's threshold "
                    + learned.model().threshold());
            return;
        }
        if (!document.token(r.trigger()).isVerb()) {
            // Without a verb a sentence may only describe ("relations between Iran and Pakistan"); nouns that tell
            // acts are the patterns' and noun frames' to read.
            trace.note("  " + learned.rule() + ": not coded: '" + document.token(r.trigger()).text() + "' is no verb");
            return;
        }
        if (speakers.reports(r.trigger()) && LearnedReading.classOf(r.code()) != 0) {
            // "X said Y ...": what X says is X's statement; an act told in the clause is the patterns' (and their
            // reading of reports as accusations or claims), not X's act on Y.
            trace.note("  " + learned.rule() + ": not coded: an act told by '" + document.token(r.trigger()).text()
                    + "' is not the speaker's");
            return;
        }
        Modality.Reading act = modality.of(r.trigger());
        if (act.kind() != Modality.Kind.ACT && act.kind() != Modality.Kind.INTENDED) {
            trace.note("  " + learned.rule() + ": not coded: '" + document.token(r.trigger()).text() + "' "
                    + act.reason());
            return;
        }
        for (int verb : r.between()) {
            // Between the actors, a threat or an intent ("warned it would strike") is part of the act the model
            // reads; what is denied, refused or only supposed or asked for is no act.
            Modality.Reading mode = modality.of(verb);
            if (document.token(verb).isVerb() && mode.kind() != Modality.Kind.ACT
                    && mode.kind() != Modality.Kind.INTENDED && !mode.reason().startsWith("modal")) {
                trace.note("  " + learned.rule() + ": not coded: '" + document.token(verb).text() + "' "
                        + mode.reason());
                return;
            }
        }
        add(event(document, sentence, document.token(r.trigger()), learned.rule(), r.code(), r.source(), r.target(),
                r.confidence()), unique, trace);
    }

    /**
     * The act of saying is coded as a statement (010) only when nothing more specific was coded from the same
     * sentence: "'We will respond', Raisi said" is about the response, not the saying.
     */
    private static List<Event> withoutBareStatements(java.util.Collection<Event> events, EventTrace trace) {
        boolean specific = events.stream().anyMatch(e -> !e.cameo().equals("010"));
        if (!specific) {
            return List.copyOf(events);
        }
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            if (e.cameo().equals("010")) {
                trace.note("  statement by " + e.source().code() + " dropped: the sentence codes something more specific");
            } else {
                kept.add(e);
            }
        }
        return kept;
    }

    /** The end of the headline when the text starts with the article's title, else -1. */
    private static int headlineEnd(Document document) {
        String title = document.article().title();
        if (title == null || title.isBlank()) {
            return -1;
        }
        String text = document.text();
        int at = text.indexOf(title.strip());
        return at >= 0 && text.substring(0, at).isBlank() ? at + title.strip().length() : -1;
    }

    /**
     * A pattern that matched and its actors.
     *
     * @param asWritten   the trigger is the word as written, not only its lemma
     * @param specificity the pattern's specificity as matched (see {@link PatternMatcher.Binding})
     * @param mutual a compound subject acts on itself: no word fills the target slot ("Iran and Iraq fought", not
     *               "shot down drones") and the wording is symmetric ("fought", "clashed with", not "attacked")
     */
    private record Candidate(EventPattern pattern, List<Mention> sources, List<Mention> targets, boolean asWritten,
                             int specificity, boolean mutual) {
    }

    /** Slots "with"/"between" a partner, or a verb whose direct object is one (the {@code symmetric} words). */
    private boolean symmetric(EventPattern pattern, Token trigger) {
        return pattern.steps().stream().filter(st -> st instanceof EventPattern.Slot sl && sl.role() == 'T')
                .map(st -> ((EventPattern.Slot) st).prep())
                .allMatch(prep -> prep.contains("with") || prep.contains("between"))
                || dictionary.contextWords().is(ContextWords.WordClass.SYMMETRIC, trigger.lemma());
    }

    private void codeTrigger(Document document, Sentence sentence, int t, PatternMatcher matcher, Modality modality,
                             MentionIndex mentions, Speakers speakers, Context context, EventTrace trace,
                             Map<String, Event> unique) {
        Token token = document.token(t);
        Set<EventPattern> patterns = new LinkedHashSet<>(dictionary.forToken(token.lemma(), token.text()));
        if (patterns.isEmpty()) {
            return;
        }
        if (matcher.describes(t)) {
            trace.note("  '" + token.text() + "' describes its object ('what ...'): not coded");
            return;
        }
        String background = context.background().of(t);
        if (background != null) {
            trace.note("  '" + token.text() + "' not coded: " + background);
            return;
        }
        Candidate best = null;
        Candidate victimless = null;
        for (EventPattern pattern : patterns) {
            if (!matcher.triggers(pattern, t)) {
                continue;
            }
            PatternMatcher.Binding binding = matcher.bind(pattern, t);
            if (binding == null) {
                trace.note("  '" + token.text() + "' " + pattern.id() + ": a required word is missing");
                continue;
            }
            List<Mention> targets = new ArrayList<>(anySlot(pattern, 'T') ? firstNamed(mentions, binding.target())
                    : mentions.firstActorsAt(binding.target()));
            List<Mention> sources = new ArrayList<>(anySlot(pattern, 'S') ? firstNamed(mentions, binding.source())
                    : mentions.actorsAt(binding.source()));
            if (conjunctPattern(pattern)) {
                // "talks between Iran and Turkey": the conjunct is the target, not a second source.
                sources.removeAll(targets);
            }
            if (sources.isEmpty()) {
                trace.note("  '" + token.text() + "' " + pattern.id() + ": no known actor as source");
                continue;
            }
            targets.removeIf(target -> sources.stream().anyMatch(source -> {
                String where = context.places().whereNotWhom(source, target, binding.target(),
                        pattern.code());
                if (where != null) {
                    trace.note("  '" + token.text() + "' " + pattern.id() + ": " + where);
                }
                return where != null;
            }));
            // "India and Pakistan traded strikes (on militant camps)": each side struck the other.
            // Bare roles there ("militant camps") are where the strikes fell, not a third party.
            boolean exchanged = targets.stream().allMatch(m -> m.actor().isRoleOnly()) && modality.exchanged(t);
            if (exchanged) {
                targets.clear();
            }
            boolean mutual = exchanged
                    || binding.target().isEmpty() && !matcher.hasObject(binding) && symmetric(pattern, token);
            if (pattern.hasTarget() && targets.isEmpty()
                    && !((pattern.section().reciprocal() || exchanged) && mutual && distinct(sources) >= 2)) {
                trace.note("  '" + token.text() + "' " + pattern.id() + ": no known actor as target"
                        + (requireTarget ? "" : ", coded without one"));
                if (requireTarget) {
                    Candidate c = new Candidate(pattern, sources, targets, false, binding.specificity(), mutual);
                    if (victimless == null || better(c, victimless)) {
                        victimless = c;
                    }
                    continue;
                }
            }
            Candidate candidate = new Candidate(pattern, sources, targets,
                    pattern.triggers().contains(token.text().toLowerCase(Locale.ROOT)), binding.specificity(),
                    mutual);
            trace.note("  '" + token.text() + "' " + pattern.id() + ": matches");
            if (best == null || better(candidate, best)) {
                best = candidate;
            }
        }
        if (best == null) {
            if (victimless != null && victimless.pattern().section().readsModality()
                    && ontology.isForce(victimless.pattern().code())
                    && modality.of(t).kind() == Modality.Kind.ACT) {
                // "The Observatory said eight people were killed by government forces": no victim to code the
                // killing against, but the speaker still accuses its perpetrator.
                List<Mention[]> perpetrators = victimless.sources().stream().map(s -> new Mention[] {s, null}).toList();
                report(document, sentence, victimless.pattern(), perpetrators, speakers.reportingVerb(t), speakers,
                        unique, trace);
            }
            return;
        }
        ClaimDenial.Denial denial = context.denials().of(t);
        if (denial != null) {
            denied(document, sentence, token, best, denial, mentions, unique, trace);
            return;
        }
        EventPattern.Section section = best.pattern().section();
        Modality.Reading reading = section.readsModality() ? modality.of(t)
                : new Modality.Reading(Modality.Kind.ACT, "modality not read for this dictionary");
        String code = section.code();
        if (reading.kind() == Modality.Kind.REFUSED && ontology.refusedAs(code) != null) {
            trace.note("  '" + token.text() + "' " + reading.reason() + ": " + code + " -> " + ontology.refusedAs(code));
            code = ontology.refusedAs(code);
        } else if (reading.kind() != Modality.Kind.ACT && reading.kind() != Modality.Kind.INTENDED) {
            trace.note("  '" + token.text() + "' not coded: " + reading.reason());
            return;
        }
        if (reading.kind() == Modality.Kind.INTENDED) {
            if (section.intentCode() == null) {
                trace.note("  '" + token.text() + "' not coded: " + reading.reason() + " and " + code
                        + " has no intent code");
                return;
            }
            code = section.intentCode();
            trace.note("  '" + token.text() + "' intended (" + reading.reason() + "): " + section.code() + " -> " + code);
        }
        List<Mention[]> dyads = new ArrayList<>(dyads(best, section.reciprocal() || modality.exchanged(t)));
        if (code.startsWith("01")) {
            // "told reporters": a statement made to the press is a statement, not an event between two actors.
            dyads.removeIf(d -> d[1] != null && d[1].actor().isPress());
        }
        for (Mention[] dyad : dyads) {
            add(event(document, sentence, token, best.pattern(), code, dyad[0], dyad[1]), unique, trace);
            if (section.pairedCode() != null && dyad[1] != null && code.equals(section.code())) {
                // The reverse reading holds for the act only, not for an intent or a refusal of it.
                add(event(document, sentence, token, best.pattern(), section.pairedCode(), dyad[1], dyad[0]), unique,
                        trace);
            }
        }
        if (section.readsModality() && reading.kind() == Modality.Kind.ACT && ontology.isForce(code)) {
            report(document, sentence, best.pattern(), dyads, speakers.reportingVerb(t), speakers, unique, trace);
        }
    }

    /**
     * A claim its speaker denies is no fact: "Iran denied that it had attacked the tanker" codes Iran's denial of
     * responsibility (016), never the attack. A denial by someone else ("Lavrov called the idea that the U.S. trains
     * ISIS absurd") codes nothing.
     */
    private void denied(Document document, Sentence sentence, Token trigger, Candidate claim,
                        ClaimDenial.Denial denial, MentionIndex mentions, Map<String, Event> unique, EventTrace trace) {
        trace.note("  '" + trigger.text() + "' not coded: " + denial.reason());
        for (Mention speaker : mentions.actorsAt(denial.speaker())) {
            for (Mention[] dyad : dyads(claim, claim.pattern().section().reciprocal())) {
                if (!Objects.equals(speaker.actor().country(), dyad[0].actor().country())
                        || dyad[1] != null && Objects.equals(speaker.actor().code(), dyad[1].actor().code())) {
                    trace.note("  " + speaker.actor().code() + " denies an act of " + dyad[0].actor().code()
                            + ": not its own, not coded");
                    continue;
                }
                add(event(document, sentence, document.token(denial.verb()), "denied:" + claim.pattern().id(),
                        DerivedCodes.DENY, speaker, dyad[1], confidence(speaker, dyad[1], claim.pattern()) - 0.1),
                        unique, trace);
            }
        }
    }

    /**
     * Coercion or force that a speaker reports is also the speaker's own act: "The US said ISIL attacked Iraq"
     * accuses ISIL (112), "The US said it had attacked Iraq" claims responsibility (015). The reported event stays
     * coded.
     */
    private void report(Document document, Sentence sentence, EventPattern pattern, List<Mention[]> dyads, int verb,
                        Speakers speakers, Map<String, Event> unique, EventTrace trace) {
        if (verb < 0) {
            return;
        }
        for (Mention speaker : speakers.of(verb)) {
            if (speaker.actor().isRoleOnly()) {
                // "medics said" reports the toll; an unnamed witness accuses no one.
                continue;
            }
            for (Mention[] dyad : dyads) {
                boolean own = Objects.equals(speaker.actor().code(), dyad[0].actor().code());
                Mention other = own ? dyad[1] : dyad[0];
                if (!own && other == null || other != null && Objects.equals(speaker.actor().code(), other.actor().code())) {
                    continue;
                }
                trace.note("  '" + document.token(verb).text() + "' reports it: " + (own ? "claim of responsibility"
                        : "accusation") + " by " + speaker.actor().code());
                String code = own ? DerivedCodes.CLAIM : DerivedCodes.ACCUSE;
                add(event(document, sentence, document.token(verb), "reported:" + pattern.id(), code, speaker, other,
                        confidence(speaker, other, pattern) - 0.1), unique, trace);
            }
        }
    }

    private static void add(Event event, Map<String, Event> unique, EventTrace trace) {
        String key = event.cameo() + "|" + event.source().key() + "|" + (event.target() == null ? "" : event.target().key());
        if (unique.putIfAbsent(key, event) == null) {
            trace.note("  => " + event.cameo() + " " + event.source().code() + " -> "
                    + (event.target() == null ? "(none)" : event.target().code()) + " by " + event.rule());
        }
    }

    private static boolean anySlot(EventPattern pattern, char role) {
        return pattern.steps().stream().anyMatch(st -> st instanceof EventPattern.Slot sl && sl.role() == role && sl.any());
    }

    /**
     * For slots filled by "the first complement with an actor" (candidates in text order): the first candidate
     * that names an actor itself, else the first whose owner or place does.
     */
    private static List<Mention> firstNamed(MentionIndex mentions, List<Integer> tokens) {
        List<Mention> named = mentions.firstNamedAt(tokens);
        return named.isEmpty() ? mentions.firstActorsAt(tokens) : named;
    }

    /** Most specific pattern first; on a tie, a verbal reading when the source is a person, else a material one. */
    private static boolean better(Candidate a, Candidate b) {
        int sa = a.specificity();
        int sb = b.specificity();
        if (sa != sb) {
            return sa > sb;
        }
        if (a.asWritten() != b.asWritten()) {
            // "met" listed as a verb of its own is more specific than "meet" matched through the lemma.
            return a.asWritten();
        }
        boolean personSource = a.sources().stream().anyMatch(m -> m.actor().name() != null
                && !Objects.equals(m.actor().code(), m.actor().country()) && m.actor().group() == null);
        boolean va = a.pattern().section().verbal();
        boolean vb = b.pattern().section().verbal();
        return va != vb && va == personSource;
    }

    private static boolean conjunctPattern(EventPattern pattern) {
        return pattern.steps().stream().anyMatch(st -> st instanceof EventPattern.Slot sl && sl.conjunct());
    }

    private static long distinct(List<Mention> mentions) {
        return mentions.stream().map(m -> m.actor().code()).distinct().count();
    }

    private static List<Mention[]> dyads(Candidate candidate, boolean reciprocal) {
        List<Mention[]> out = new ArrayList<>();
        if (candidate.targets().isEmpty()) {
            if (reciprocal && candidate.mutual() && distinct(candidate.sources()) >= 2) {
                for (Mention a : candidate.sources()) {
                    for (Mention b : candidate.sources()) {
                        if (!Objects.equals(a.actor().code(), b.actor().code())) {
                            out.add(new Mention[] {a, b});
                        }
                    }
                }
            } else {
                candidate.sources().forEach(s -> out.add(new Mention[] {s, null}));
            }
            return out;
        }
        for (Mention s : candidate.sources()) {
            for (Mention t : candidate.targets()) {
                if (!Objects.equals(s.actor().code(), t.actor().code())) {
                    out.add(new Mention[] {s, t});
                    if (reciprocal && conjunctPattern(candidate.pattern())) {
                        out.add(new Mention[] {t, s});
                    }
                }
            }
        }
        return out;
    }

    private Event event(Document document, Sentence sentence, Token trigger, EventPattern pattern, String code,
                        Mention source, Mention target) {
        return event(document, sentence, trigger, pattern.id(), code, source, target,
                confidence(source, target, pattern));
    }

    private Event event(Document document, Sentence sentence, Token trigger, String rule, String code,
                        Mention source, Mention target, double confidence) {
        CameoCode cameo = ontology.get(code).orElseThrow(() -> new IllegalStateException("unknown code " + code));
        Participant s = Participant.of(source);
        Participant t = target == null ? null : Participant.of(target);
        String id = id(document.article().id(), sentence.index(), trigger.start(), code, s.key(), t == null ? "" : t.key());
        return new Event(id, document.article().id(), document.article().date(), s, t, code, cameo.root(),
                cameo.quad(), cameo.goldstein(), cameo.plover(), sentence.index(), document.textOf(sentence),
                new TextSpan(trigger.text(), trigger.start(), trigger.end()), rule,
                Math.round(Math.max(rule.startsWith("model:") ? 0.01 : 0.3, Math.min(0.95, confidence)) * 100) / 100.0,
                null, null, null);
    }

    /**
     * Starts high for dictionary actors on a direct pattern, lower for a word that only borrows the pattern (see
     * {@link LexiconExpansion}); inferred actors and missing targets lower it. The event keeps it between 0.3 and
     * 0.95 (the learned reading's own from 0.01), to two decimals.
     */
    private static double confidence(Mention source, Mention target, EventPattern pattern) {
        double c = pattern.expansion() == null ? 0.9 : 0.9 - LexiconExpansion.CONFIDENCE_DROP;
        c -= penalty(source);
        if (target == null) {
            c -= pattern.hasTarget() ? 0.1 : 0.05;
        } else {
            c -= penalty(target);
        }
        return c;
    }

    private static double penalty(Mention mention) {
        return switch (mention.via()) {
            case PRONOUN, PAIR -> 0.15;
            case TITLE, ADJECTIVE -> 0.1;
            case METONYM -> 0.05;
            default -> 0.0;
        };
    }

    static String id(String article, int sentence, int triggerStart, String code, String source, String target) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = article + "\u0000" + sentence + "\u0000" + triggerStart + "\u0000" + code + "\u0000"
                    + source + "\u0000" + target;
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16)
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
