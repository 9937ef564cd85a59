package detente.server;

import detente.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Fetches a news page and reduces it to its paragraphs. An open endpoint must not be turned against the machine
 * or its network, so only http(s) URLs whose host resolves to public addresses are fetched, without redirects,
 * with a timeout and a body size limit.
 */
final class WebPage {

    private static final int MAX_BYTES = 2_000_000;

    private WebPage() {
    }

    static Article fetch(String url, LocalDate date) {
        URI uri = checked(url);
        try {
            org.jsoup.nodes.Document html = Jsoup.connect(uri.toString()).userAgent("detente").timeout(20_000)
                    .maxBodySize(MAX_BYTES).followRedirects(false).get();
            String text = html.select("p").stream().map(Element::text).filter(t -> !t.isBlank())
                    .collect(Collectors.joining("\n\n"));
            if (text.isBlank()) {
                throw ApiException.badRequest("no article text found at " + url);
            }
            String title = html.title().isBlank() ? null : html.title().strip();
            return new Article(url, title, date, url, uri.getHost(), null, "en",
                    title == null ? text : title + "\n\n" + text);
        } catch (IOException e) {
            throw new ApiException(422, "cannot fetch " + url + ": " + e.getMessage());
        }
    }

    static URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("url is not a valid address");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw ApiException.badRequest("url must be an http:// or https:// address");
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress() || a.getHostAddress().startsWith("fc") || a.getHostAddress().startsWith("fd")) {
                    throw ApiException.badRequest("url must point to a public host");
                }
            }
        } catch (UnknownHostException e) {
            throw ApiException.badRequest("unknown host " + uri.getHost());
        }
        return uri;
    }
}
