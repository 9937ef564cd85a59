package detente.watch;

import detente.ingest.SourceEntry;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which a listed item is remembered as handled, so that the same article listed by two feeds, or
 * listed again after a restart, is read once: its link with scheme and host in lower case, without the fragment,
 * the trailing slash and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}); and a feed's guid when
 * it is globally unique in practice (a URL or tag URI, or 16 characters or more).
 */
final class ItemKey {

    private ItemKey() {
    }

    static Set<String> of(SourceEntry entry) {
        Set<String> keys = new LinkedHashSet<>();
        if (entry.link() != null) {
            keys.add(link(entry.link()));
        }
        String guid = entry.guid() == null ? null : entry.guid().strip();
        if (guid != null && (guid.contains(":") || guid.length() >= 16)) {
            keys.add(guid.startsWith("http://") || guid.startsWith("https://") ? link(guid) : "guid:" + guid);
        }
        return keys;
    }

    static String link(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return url.strip();
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            List<String> params = new ArrayList<>();
            if (u.getRawQuery() != null) {
                for (String p : u.getRawQuery().split("&")) {
                    String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (!p.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                        params.add(p);
                    }
                }
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            // http and https name the same article
            return "//" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (params.isEmpty() ? "" : "?" + String.join("&", params));
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
