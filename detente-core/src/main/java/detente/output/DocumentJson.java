package detente.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import detente.doc.Actor;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Mention;
import detente.doc.Participant;
import detente.doc.Place;
import detente.doc.Quantity;
import detente.doc.Quote;
import detente.doc.Sentence;
import detente.doc.Timex;

/**
 * The stable JSON output contract of {@code docs/output.md}: one event or one document as a JSON object, fields
 * in a fixed order. Later versions only add fields.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("article", e.article());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("date_precision", e.datePrecision());
        if (e.dateSpan() != null) {
            ObjectNode span = o.putObject("date_span");
            span.put("text", e.dateSpan().text());
            span.put("start", e.dateSpan().start());
            span.put("end", e.dateSpan().end());
        } else {
            o.putNull("date_span");
        }
        o.set("source", participant(e.source()));
        o.set("target", e.target() == null ? MAPPER.nullNode() : participant(e.target()));
        o.put("cameo", e.cameo());
        o.put("root", e.root());
        o.put("quad", e.quad());
        o.put("goldstein", e.goldstein());
        if (e.plover() == null) {
            o.putNull("plover");
        } else {
            ObjectNode p = o.putObject("plover");
            p.put("event", e.plover().event());
            p.put("mode", e.plover().mode());
            p.put("context", e.plover().context());
        }
        o.put("sentence", e.sentence());
        o.put("text", e.text());
        ObjectNode trigger = o.putObject("trigger");
        trigger.put("text", e.trigger().text());
        trigger.put("start", e.trigger().start());
        trigger.put("end", e.trigger().end());
        o.put("rule", e.rule());
        o.put("confidence", e.confidence());
        o.set("location", e.location() == null ? MAPPER.nullNode() : place(e.location()));
        return o;
    }

    private static ObjectNode place(Place p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("level", p.level());
        o.put("precision", p.precision());
        if (p.start() >= 0) {
            o.put("start", p.start());
            o.put("end", p.end());
        }
        return o;
    }

    private static ObjectNode participant(Participant p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", p.code());
        o.put("country", p.country());
        o.put("group", p.group());
        o.put("name", p.name());
        o.put("text", p.text());
        o.put("start", p.start());
        o.put("end", p.end());
        return o;
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", a.code());
        o.put("country", a.country());
        o.put("group", a.group());
        o.put("name", a.name());
        return o;
    }

    public static ObjectNode document(Document d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", d.article().id());
        o.put("title", d.article().title());
        o.put("date", d.article().date() == null ? null : d.article().date().toString());
        o.put("source", d.article().source());
        o.put("url", d.article().url());
        o.put("author", d.article().author());
        o.put("language", d.article().language());
        o.put("text", d.text());
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : d.sentences()) {
            ObjectNode sentence = sentences.addObject().put("index", s.index()).put("start", s.start())
                    .put("end", s.end());
            if (s.cut()) {
                sentence.put("cut", "continues sentence " + (s.index() - 1) + ", cut at the "
                        + Sentence.MAX_TOKENS + "-token cap");
            }
            if (!s.parsed()) {
                sentence.put("skipped", s.skipped());
            }
        }
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : d.mentions()) {
            ObjectNode mention = mentions.addObject();
            mention.put("start", m.start()).put("end", m.end()).put("text", m.text()).put("sentence", m.sentence());
            mention.set("actor", actor(m.actor()));
            mention.put("via", m.via().label());
            mention.put("sponsor", m.sponsor());
        }
        ArrayNode events = o.putArray("events");
        d.events().forEach(e -> events.add(event(e)));
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : d.quotes()) {
            ObjectNode quote = quotes.addObject();
            quote.put("text", q.text()).put("start", q.start()).put("end", q.end());
            quote.set("speaker", q.speaker() == null ? MAPPER.nullNode() : participant(q.speaker()));
            quote.put("verb", q.verb());
        }
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : d.quantities()) {
            quantities.addObject().put("kind", q.kind()).put("low", q.low()).put("high", q.high())
                    .put("unit", q.unit()).put("text", q.text()).put("start", q.start()).put("end", q.end())
                    .put("event", q.event());
        }
        ArrayNode timexes = o.putArray("timexes");
        for (Timex t : d.timexes()) {
            timexes.addObject().put("text", t.text()).put("start", t.start()).put("end", t.end())
                    .put("value", t.value()).put("granularity", t.granularity());
        }
        return o;
    }
}
