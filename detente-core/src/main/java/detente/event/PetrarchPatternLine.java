package detente.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates the words of one PETRARCH pattern line ({@code SAID * WITH + }, without its code) into the steps of an
 * {@link EventPattern}, as {@link PetrarchVerbReader} documents: words before {@code *} must be in the verb's
 * clause, words after it hang on it, {@code $ + %} are slots, {@code _} joins adjacent words, {@code &SYNSET}
 * gives alternatives.
 */
final class PetrarchPatternLine {

    private static final int MAX_ALTERNATIVES = 64;

    /** The steps and whether the source is the verb's subject. */
    record Translation(List<EventPattern.Step> steps, boolean sourceBefore) {
    }

    private final Map<String, List<String>> synsets;

    PetrarchPatternLine(Map<String, List<String>> synsets) {
        this.synsets = synsets;
    }

    /** @throws IllegalArgumentException with the reason, for a line that cannot be translated */
    Translation translate(String body) {
        List<Item> items = items(body);
        long verbsIn = items.stream().filter(i -> i.kind() == '*').count();
        if (verbsIn != 1) {
            throw new IllegalArgumentException("pattern needs exactly one '*'");
        }
        boolean sourceBefore = false;
        boolean hasTarget = false;
        List<EventPattern.Step> steps = new ArrayList<>();
        int verb = 0;
        while (items.get(verb).kind() != '*') {
            Item item = items.get(verb++);
            if (item.kind() == 'w' && item.joined() && !steps.isEmpty()
                    && steps.get(steps.size() - 1) instanceof EventPattern.Before previous) {
                // "DEATH_TOTAL *": words joined by '_' before the verb are one adjacent phrase.
                steps.set(steps.size() - 1, new EventPattern.Before(phrases(List.of(
                        new Item('w', previous.alternatives()), item))));
                continue;
            }
            switch (item.kind()) {
                case '$' -> sourceBefore = true;
                case '%' -> {
                    // A compound subject acts on itself: "Gondor and Osgiliath postponed" codes each member
                    // toward the others, and a single actor codes nothing.
                    sourceBefore = true;
                    steps.add(new EventPattern.Slot('T', EventPattern.Slot.SUBJECT, false));
                    hasTarget = true;
                }
                case '+' -> {
                    steps.add(new EventPattern.Slot('T', EventPattern.Slot.SUBJECT, false));
                    hasTarget = true;
                }
                case 'w' -> steps.add(new EventPattern.Before(item.words()));
                default -> { }
            }
        }
        if (items.get(verb).joined() && !steps.isEmpty() && steps.get(steps.size() - 1) instanceof EventPattern.Before b) {
            // "RECENTLY_*": the words come right before the verb, not anywhere in its clause.
            steps.set(steps.size() - 1, new EventPattern.Before(b.alternatives(), true));
        }
        boolean sourceSlot = false;
        Set<String> prep = null;
        List<Item> run = new ArrayList<>();
        for (int i = verb + 1; i <= items.size(); i++) {
            Item item = i < items.size() ? items.get(i) : new Item('.', Set.of());
            boolean isPrep = item.kind() == 'w' && isPreposition(item.words());
            if (item.kind() != 'w' || isPrep) {
                if (!run.isEmpty()) {
                    steps.add(new EventPattern.Word(phrases(run), prep == null ? Set.of() : prep, false, true));
                    run.clear();
                    prep = null;
                }
            }
            switch (item.kind()) {
                case 'w' -> {
                    if (isPrep) {
                        prep = item.words();
                    } else {
                        run.add(item);
                    }
                }
                case '+', '%' -> {
                    steps.add(new EventPattern.Slot('T', prep == null ? EventPattern.Slot.ANY : prep, false));
                    hasTarget = true;
                    prep = null;
                }
                case '$' -> {
                    steps.add(new EventPattern.Slot('S', prep == null ? EventPattern.Slot.ANY : prep, false));
                    sourceSlot = true;
                    prep = null;
                }
                case '^' -> {
                    if (prep != null) {
                        steps.add(new EventPattern.Skip(prep));
                        prep = null;
                    }
                }
                case '.' -> {
                    if (prep != null) {
                        steps.add(new EventPattern.Marker(prep, true));
                    }
                }
                default -> { }
            }
        }
        if (!sourceBefore && !sourceSlot) {
            if (hasTarget && steps.stream().anyMatch(s -> s instanceof EventPattern.Slot sl && sl.subject())) {
                throw new IllegalArgumentException("target before the verb and no source");
            }
            sourceBefore = true;
        }
        if (!hasTarget) {
            steps.add(new EventPattern.Slot('T', EventPattern.Slot.ANY, false));
        }
        return new Translation(List.copyOf(steps), sourceBefore);
    }

    /** One item of a pattern: the verb, a slot mark, or a word with its alternatives; joined: '_' before it. */
    private record Item(char kind, Set<String> words, boolean joined) {

        Item(char kind, Set<String> words) {
            this(kind, words, false);
        }
    }

    /** Splits a pattern body into items: words joined by '_' are separate items; synsets become alternatives. */
    private List<Item> items(String body) {
        List<Item> items = new ArrayList<>();
        String cleaned = body.replaceAll("[(){}]", " ");
        for (String token : cleaned.split("\\s+")) {
            boolean joined = false;
            for (String part : token.split("_")) {
                if (part.isEmpty()) {
                    continue;
                }
                for (String piece : splitMarks(part)) {
                    if (piece.length() == 1 && "*$+%^".contains(piece)) {
                        items.add(new Item(piece.charAt(0), Set.of(), joined));
                        joined = false;
                        continue;
                    } else if (!Set.of("the", "a", "an").contains(piece.toLowerCase(Locale.ROOT))) {
                        Set<String> words = words(piece, 0);
                        if (!words.isEmpty()) {
                            items.add(new Item('w', words, joined));
                        }
                    }
                    joined = true;
                }
            }
        }
        return items;
    }

    /** "IN*" or "*OUT" (no underscore) still separate the verb mark from the word. */
    private static List<String> splitMarks(String part) {
        if (part.length() > 1 && (part.startsWith("*") || part.endsWith("*"))) {
            List<String> out = new ArrayList<>();
            String rest = part;
            if (rest.startsWith("*")) {
                out.add("*");
                rest = rest.substring(1);
            }
            boolean trailing = rest.endsWith("*");
            if (trailing) {
                rest = rest.substring(0, rest.length() - 1);
            }
            if (!rest.isEmpty()) {
                out.add(rest);
            }
            if (trailing) {
                out.add("*");
            }
            return out;
        }
        return List.of(part);
    }

    /** A word's alternatives: itself, "a/b" alternatives, or a synset's members (recursively). */
    private Set<String> words(String piece, int depth) {
        Set<String> out = new LinkedHashSet<>();
        for (String alternative : piece.split("/")) {
            if (alternative.startsWith("&")) {
                List<String> members = synsets.get(synsetName(alternative));
                if (members == null || depth > 4) {
                    continue;
                }
                for (String member : members) {
                    out.addAll(words(member.replace('_', ' ').trim(), depth + 1));
                }
            } else if (alternative.contains(" ")) {
                // A multi-word synset member: its words, synsets inside expanded.
                List<Set<String>> parts = new ArrayList<>();
                for (String w : alternative.split("\\s+")) {
                    parts.add(words(w, depth + 1));
                }
                out.addAll(product(parts));
            } else if (!alternative.isBlank()) {
                out.add(alternative.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The phrases of a run of words: '_' where the pattern joined two words (they must be adjacent). */
    private static Set<String> phrases(List<Item> run) {
        Set<String> out = new LinkedHashSet<>(List.of(""));
        for (Item item : run) {
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : out) {
                for (String word : item.words()) {
                    if (next.size() < MAX_ALTERNATIVES) {
                        next.add(prefix.isEmpty() ? word : prefix + (item.joined() ? "_" : " ") + word);
                    }
                }
            }
            out = next;
        }
        return Set.copyOf(out);
    }

    /** Every combination of one alternative per position, joined by spaces (capped). */
    private static Set<String> product(List<Set<String>> parts) {
        Set<String> out = new LinkedHashSet<>(List.of(""));
        for (Set<String> part : parts) {
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : out) {
                for (String word : part) {
                    if (next.size() < MAX_ALTERNATIVES) {
                        next.add(prefix.isEmpty() ? word : prefix + " " + word);
                    }
                }
            }
            out = next;
        }
        return Set.copyOf(out);
    }

    private static boolean isPreposition(Set<String> words) {
        return words.stream().allMatch(w -> EventDictionary.PREPOSITIONS.contains(w));
    }

    static String synsetName(String raw) {
        String name = raw.startsWith("&") ? raw.substring(1) : raw;
        while (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.toUpperCase(Locale.ROOT);
    }
}
