package detente.doc;

/** An actor in its role in one event, with the text that named it. */
public record Participant(String code, String country, String group, String name, String text, int start, int end) {

    public static Participant of(Mention mention) {
        Actor actor = mention.actor();
        return new Participant(actor.code(), actor.country(), actor.group(), actor.name(), mention.text(),
                mention.start(), mention.end());
    }

    /** The same actor, without the text span: what identifies a dyad end. */
    public String key() {
        return code != null ? code : "?" + name;
    }
}
