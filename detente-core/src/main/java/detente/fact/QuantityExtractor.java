package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Quantity;
import detente.doc.Sentence;
import detente.doc.Timex;
import detente.doc.Token;

import detente.dict.WordClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and what they count. A number phrase ("at least 93", "ninety-three", "dozens of", "$10bn", "40
 * percent") is money when a currency symbol or name goes with it, a percentage with "%" or "percent", a casualty
 * count when it is the subject or object of killing or wounding (or is followed by "dead", "killed", "wounded",
 * or follows "death toll"), and otherwise a count of the plural noun it modifies. Numbers inside time
 * expressions and bare years are not quantities. Casualties link to the event they report
 * ({@link EventLinker}).
 */
final class QuantityExtractor {

    private final Document document;
    private final DependencyGraph graph;
    private final Currencies currencies;
    private final WordClasses<FactWords> words;
    private final Pattern phrase;

    QuantityExtractor(Document document, DependencyGraph graph, Currencies currencies, WordClasses<FactWords> words) {
        this.document = document;
        this.graph = graph;
        this.currencies = currencies;
        this.words = words;
        this.phrase = Pattern.compile("(?i)(?<![\\w.,$€£])(?:(?<hedge>" + Amount.HEDGE_PATTERN + ")\\s+)?"
                + "(?<symbol>" + currencies.symbolPattern() + ")?\\s?"
                + "(?<number>" + NumberWords.DIGIT_PATTERN + "|" + Amount.VAGUE_PATTERN + "|"
                + NumberWords.WORD_PATTERN + ")(?![\\w,]*\\d)(?:(?<=\\d)|(?!\\p{L}))"
                + "(?:[\\s-]?(?<scale>trillion|billion|million|thousand|hundred|bn|mn|tn|m|k)\\b)?"
                + "(?:\\s+(?<currency>" + currencies.namePattern() + ")\\b)?"
                + "(?:\\s*(?<percent>%|percent\\b|per cent\\b))?"
                + "(?:\\s+of\\b)?");
    }

    List<Quantity> extract(List<Timex> timexes, List<Event> events, Paragraphs paragraphs) {
        String text = document.text();
        List<Quantity> out = new ArrayList<>();
        EventLinker linker = new EventLinker(document, events, paragraphs);
        Matcher m = phrase.matcher(text);
        while (m.find()) {
            if (insideTimex(m.start(), m.end(), timexes) || !wordStart(text, m)) {
                continue;
            }
            Optional<Amount> amount = Amount.of(m.group("number"), m.group("scale"), m.group("hedge"));
            if (amount.isEmpty()) {
                continue;
            }
            int end = m.end();
            if (m.group().toLowerCase(Locale.ROOT).endsWith(" of")) {
                end -= 3;
            }
            Quantity q = classify(m, amount.get(), m.start(), end);
            if (q != null) {
                String event = q.kind().equals("killed") || q.kind().equals("wounded")
                        ? linker.casualtyEvent(q.start()) : linker.sameSentence(q.start());
                out.add(new Quantity(q.kind(), q.low(), q.high(), q.unit(), q.text(), q.start(), q.end(), event));
            }
        }
        return out;
    }

    private static boolean wordStart(String text, Matcher m) {
        return m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1));
    }

    private Quantity classify(Matcher m, Amount a, int start, int end) {
        String text = document.textOf(start, end);
        if (m.group("symbol") != null || m.group("currency") != null) {
            String key = m.group("symbol") != null ? m.group("symbol") : m.group("currency");
            String code = currencies.code(key).orElse(null);
            return code == null ? null : new Quantity("money", a.low(), a.high(), code, text, start, end, null);
        }
        if (m.group("percent") != null) {
            return new Quantity("percent", a.low(), a.high(), "%", text, start, end, null);
        }
        if (m.group("scale") != null && m.group("scale").length() <= 2) {
            return null;
        }
        int numberToken = tokenEndingAt(m.end("number") + (m.group("scale") == null ? 0
                : m.end("scale") - m.end("number")));
        if (numberToken < 0) {
            return null;
        }
        int counted = countedNoun(numberToken);
        String casualty = casualty(numberToken, counted);
        if (counted != numberToken && kindOf(document.token(counted)) != null) {
            counted = numberToken; // "93 dead": the number modifies the casualty word itself
        }
        if (casualty != null) {
            String unit = counted == numberToken ? "person" : document.token(counted).lemma().toLowerCase(Locale.ROOT);
            return new Quantity(casualty, a.low(), a.high(), unit, text, start, end, null);
        }
        if (counted != numberToken && document.token(counted).pos().startsWith("NNS")
                && !isYear(m.group("number"))) {
            return new Quantity("count", a.low(), a.high(), document.token(counted).lemma().toLowerCase(Locale.ROOT),
                    text, start, end, null);
        }
        return null;
    }

    private static boolean isYear(String number) {
        return number.matches("(19|20)\\d{2}");
    }

    private int tokenEndingAt(int offset) {
        for (Token token : document.tokens()) {
            if (token.end() >= offset && token.start() < offset) {
                return token.index();
            }
        }
        return -1;
    }

    /** The noun a number counts: its head by nummod, the noun after "of", or the number itself. */
    private int countedNoun(int number) {
        if (graph.relation(number).equals("nummod")) {
            return graph.head(number);
        }
        Sentence s = document.sentence(document.token(number).sentence());
        int t = number + 1;
        if (t < s.endToken() && document.token(t).text().equalsIgnoreCase("of")) {
            t++;
        }
        while (t < s.endToken() && t <= number + 4 && document.token(t).pos().startsWith("JJ")) {
            t++;
        }
        if (t < s.endToken() && t <= number + 4 && document.token(t).pos().startsWith("NNS")
                || t < s.endToken() && document.token(t).pos().equals("PRP") && t == number + 2) {
            return t;
        }
        return number;
    }

    private String casualty(int number, int counted) {
        if (counted != number && !document.token(counted).isVerb() && kindOf(document.token(counted)) != null) {
            return kindOf(document.token(counted));
        }
        for (int word : new int[] {counted, number}) {
            int head = graph.head(word);
            String relation = graph.relation(word);
            if (head >= 0 && (relation.startsWith("nsubj") || relation.equals("obj") || relation.startsWith("obl"))) {
                String kind = kindOf(document.token(head));
                if (kind != null && (!relation.startsWith("obl") || document.token(head).lemma().equals("toll"))) {
                    return kind;
                }
            }
        }
        Sentence s = document.sentence(document.token(number).sentence());
        for (int t = Math.max(counted, number) + 1; t < Math.min(s.endToken(), counted + 5); t++) {
            Token token = document.token(t);
            if (words.is(FactWords.FILLER, token.text())) {
                continue;
            }
            String kind = kindOf(token);
            if (kind != null && (token.isVerb() || token.pos().startsWith("JJ") || token.pos().startsWith("NNS"))) {
                return kind;
            }
            break;
        }
        for (int t = number - 1; t >= Math.max(s.firstToken(), number - 8); t--) {
            Token token = document.token(t);
            if (token.lemma().equalsIgnoreCase("toll")) {
                return "killed";
            }
            if (token.pos().equals(".") || token.pos().equals(":")) {
                break;
            }
        }
        return null;
    }

    private String kindOf(Token token) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        String word = token.text().toLowerCase(Locale.ROOT);
        if (words.is(FactWords.KILLED, lemma) || words.is(FactWords.KILLED, word)) {
            return "killed";
        }
        if (words.is(FactWords.WOUNDED, lemma) || words.is(FactWords.WOUNDED, word)) {
            return "wounded";
        }
        return null;
    }

    private static boolean insideTimex(int start, int end, List<Timex> timexes) {
        for (Timex t : timexes) {
            if (start < t.end() && end > t.start()) {
                return true;
            }
        }
        return false;
    }
}
