package detente.dedup;

import detente.doc.Article;

import java.net.URI;

/** Who published an article, for GDELT's {@code num_sources}: the source name, else the URL's host, else the id. */
public final class Outlet {

    private Outlet() {
    }

    public static String of(Article a) {
        if (a.source() != null && !a.source().isBlank()) {
            return a.source();
        }
        if (a.url() != null) {
            try {
                String host = URI.create(a.url()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // fall through to the id
            }
        }
        return a.id();
    }
}
