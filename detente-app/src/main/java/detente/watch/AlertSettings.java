package detente.watch;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where alerts go and which ones: a webhook (JSON POST, Slack/Mattermost body), e-mail through an SMTP server,
 * the watched dyads whose tension moving by more than {@code tensionChange} in a week is an alert, and the dyads
 * muted from the start. The Atom feed at {@code /api/alerts.atom} needs no setting.
 */
public record AlertSettings(String webhook, Smtp smtp, double tensionChange, List<List<String>> dyads,
                            List<List<String>> mute, String dashboardUrl) {

    public static final AlertSettings NONE = new AlertSettings(null, null, 0, List.of(), List.of(), null);
    public static final double DEFAULT_TENSION_CHANGE = 15;

    /**
     * An SMTP server. The password is read from the environment variable {@code passwordEnv}, never from the file.
     */
    public record Smtp(String host, int port, String from, List<String> to, String username, String passwordEnv,
                       boolean starttls) {
    }

    public AlertSettings {
        dyads = List.copyOf(dyads);
        mute = List.copyOf(mute);
    }

    /** The YAML shape under {@code alerts:}. */
    record Yaml(String webhook, SmtpYaml email, @JsonProperty("tension_change") Double tensionChange,
                List<List<String>> dyads, List<List<String>> mute, @JsonProperty("dashboard_url") String dashboardUrl) {
    }

    record SmtpYaml(String host, Integer port, String from, List<String> to, String username,
                    @JsonProperty("password_env") String passwordEnv, Boolean starttls) {
    }

    static AlertSettings of(Yaml y) {
        if (y == null) {
            return NONE;
        }
        Smtp smtp = null;
        if (y.email() != null) {
            SmtpYaml e = y.email();
            if (e.host() == null || e.from() == null || e.to() == null || e.to().isEmpty()) {
                throw new IllegalArgumentException("alerts.email needs host, from and to");
            }
            smtp = new Smtp(e.host(), e.port() == null ? 25 : e.port(), e.from(), List.copyOf(e.to()), e.username(),
                    e.passwordEnv(), e.starttls() != null && e.starttls());
        }
        if (y.webhook() != null && !y.webhook().matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("alerts.webhook must be an http(s) URL: " + y.webhook());
        }
        return new AlertSettings(y.webhook(), smtp,
                y.tensionChange() == null ? DEFAULT_TENSION_CHANGE : y.tensionChange(), dyads("dyads", y.dyads()),
                dyads("mute", y.mute()), y.dashboardUrl());
    }

    private static List<List<String>> dyads(String field, List<List<String>> pairs) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> pair : pairs == null ? List.<List<String>>of() : pairs) {
            if (pair.size() != 2) {
                throw new IllegalArgumentException("alerts." + field + ": each dyad is two actor codes, as [USA, IRN]");
            }
            out.add(ordered(pair.get(0), pair.get(1)));
        }
        return out;
    }

    /** A dyad as the alerts name it: upper case, the two codes in order. */
    public static List<String> ordered(String a, String b) {
        String x = a.strip().toUpperCase(Locale.ROOT);
        String y = b.strip().toUpperCase(Locale.ROOT);
        return x.compareTo(y) <= 0 ? List.of(x, y) : List.of(y, x);
    }
}
