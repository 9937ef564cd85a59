package detente.store;

/**
 * A reviewer's verdict on one coded event: {@code correct}, {@code wrong} (no such event should be coded) or
 * {@code fix} (it should have this code and/or these actors; null parts stay as coded). Stored as one string:
 * {@code correct}, {@code wrong} or {@code fix code=190 source=IRNGOV target=TUR}.
 */
public record Verdict(String kind, String code, String source, String target) {

    public static final String CORRECT = "correct";
    public static final String WRONG = "wrong";
    public static final String FIX = "fix";

    public Verdict {
        if (!kind.equals(CORRECT) && !kind.equals(WRONG) && !kind.equals(FIX)) {
            throw new IllegalArgumentException("verdict must be correct, wrong or fix, not " + kind);
        }
        if (kind.equals(FIX) && code == null && source == null && target == null) {
            throw new IllegalArgumentException("a fix verdict needs a code, a source or a target");
        }
        check("code", code, "\\d{2,4}");
        check("source", source, "[A-Z0-9]{3,15}");
        check("target", target, "[A-Z0-9]{3,15}");
    }

    private static void check(String what, String value, String pattern) {
        if (value != null && !value.matches(pattern)) {
            throw new IllegalArgumentException("verdict " + what + " must match " + pattern + ": " + value);
        }
    }

    public String encode() {
        if (!kind.equals(FIX)) {
            return kind;
        }
        StringBuilder b = new StringBuilder(FIX);
        if (code != null) {
            b.append(" code=").append(code);
        }
        if (source != null) {
            b.append(" source=").append(source);
        }
        if (target != null) {
            b.append(" target=").append(target);
        }
        return b.toString();
    }

    public static Verdict decode(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String[] parts = s.trim().split(" ");
        String code = null;
        String source = null;
        String target = null;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length == 2) {
                switch (kv[0]) {
                    case "code" -> code = kv[1];
                    case "source" -> source = kv[1];
                    case "target" -> target = kv[1];
                    default -> { }
                }
            }
        }
        return new Verdict(parts[0], code, source, target);
    }
}
