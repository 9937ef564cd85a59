package detente.watch;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import detente.ingest.SourceFetcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sources file of {@code detente watch}: an OPML file as feed readers export it (every outline with an
 * {@code xmlUrl} is a feed), or a YAML file of feeds, sitemaps and page lists with their intervals and the alert
 * settings (see {@code docs/watch.md}). {@link #toOpml} writes the sources back as OPML.
 */
public record SourceList(List<WatchedSource> sources, Duration minDelay, AlertSettings alerts) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);
    public static final Duration DEFAULT_MIN_DELAY = Duration.ofSeconds(2);
    /** The shortest interval accepted: polling faster than this is not polite. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?");

    public SourceList {
        sources = List.copyOf(sources);
    }

    /** Reads an OPML or YAML sources file; a bad file is a {@link SourceListException} naming it and the reason. */
    public static SourceList read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceListException(file + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            return text.stripLeading().startsWith("<") ? fromOpml(text) : fromYaml(text);
        } catch (IllegalArgumentException e) {
            throw new SourceListException(file + ": " + e.getMessage());
        }
    }

    /** Feeds from OPML: each outline with an xmlUrl (nested folders are walked), named by its title or text. */
    static SourceList fromOpml(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        if (doc.selectFirst("opml") == null) {
            throw new IllegalArgumentException("not OPML (no <opml> element)");
        }
        List<WatchedSource> sources = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        for (Element outline : doc.select("outline[xmlUrl]")) {
            String url = outline.attr("xmlUrl").strip();
            if (url.isEmpty() || !urls.add(url)) {
                continue;
            }
            String name = !outline.attr("title").isBlank() ? outline.attr("title") : outline.attr("text");
            String type = outline.attr("type").toLowerCase(Locale.ROOT);
            SourceFetcher.Kind kind = type.equals("sitemap") ? SourceFetcher.Kind.SITEMAP
                    : type.equals("pages") ? SourceFetcher.Kind.PAGES : SourceFetcher.Kind.FEED;
            sources.add(new WatchedSource(name.isBlank() ? url : name.strip(), checkedUrl(url), kind,
                    DEFAULT_INTERVAL, List.of()));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no feeds (no <outline> with an xmlUrl)");
        }
        return new SourceList(sources, DEFAULT_MIN_DELAY, AlertSettings.NONE);
    }

    /** The YAML file's shape. */
    record Yaml(Defaults defaults, List<Entry> sources, AlertSettings.Yaml alerts) {
    }

    record Defaults(String interval, @JsonProperty("min_delay") String minDelay) {
    }

    record Entry(String name, String url, String kind, String interval, List<String> pages) {
    }

    static SourceList fromYaml(String text) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Yaml yaml;
        try {
            yaml = mapper.readValue(text, Yaml.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException("not a sources file (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid YAML (" + e.getMessage().split("\\R")[0] + ")");
        }
        if (yaml == null || yaml.sources() == null || yaml.sources().isEmpty()) {
            throw new IllegalArgumentException("no sources (a YAML file needs a list under 'sources:')");
        }
        Duration interval = yaml.defaults() == null || yaml.defaults().interval() == null ? DEFAULT_INTERVAL
                : interval(yaml.defaults().interval());
        Duration minDelay = yaml.defaults() == null || yaml.defaults().minDelay() == null ? DEFAULT_MIN_DELAY
                : duration(yaml.defaults().minDelay());
        List<WatchedSource> sources = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < yaml.sources().size(); i++) {
            Entry e = yaml.sources().get(i);
            String where = "source " + (i + 1) + (e.name() == null ? "" : " (" + e.name() + ")");
            boolean hasPages = e.pages() != null && !e.pages().isEmpty();
            if ((e.url() == null) == !hasPages) {
                throw new IllegalArgumentException(where + ": give either url or pages");
            }
            if (hasPages && e.name() == null) {
                throw new IllegalArgumentException(where + ": an inline page list needs a name");
            }
            SourceFetcher.Kind kind = hasPages ? SourceFetcher.Kind.PAGES : kind(where, e.kind());
            List<String> pages = hasPages ? e.pages().stream().map(SourceList::checkedUrl).toList() : List.of();
            WatchedSource source = new WatchedSource(e.name() != null ? e.name() : e.url(),
                    e.url() == null ? null : checkedUrl(e.url()), kind,
                    e.interval() == null ? interval : interval(e.interval()), pages);
            if (!keys.add(source.key())) {
                throw new IllegalArgumentException(where + ": listed twice");
            }
            sources.add(source);
        }
        return new SourceList(sources, minDelay, AlertSettings.of(yaml.alerts()));
    }

    private static SourceFetcher.Kind kind(String where, String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "feed", "rss", "atom" -> SourceFetcher.Kind.FEED;
            case "sitemap" -> SourceFetcher.Kind.SITEMAP;
            case "pages" -> SourceFetcher.Kind.PAGES;
            default -> throw new IllegalArgumentException(where + ": kind must be feed, sitemap or pages, not "
                    + kind);
        };
    }

    private static String checkedUrl(String url) {
        if (!SourceFetcher.isUrl(url.strip())) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return url.strip();
    }

    private static Duration interval(String text) {
        Duration d = duration(text);
        if (d.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("interval " + text + " is shorter than " + MIN_INTERVAL.toSeconds()
                    + " s");
        }
        return d;
    }

    /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, {@code 500ms}; a bare number is seconds. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (say 90s, 15m, 2h)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = n * switch (unit) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 86_400_000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    /** The sources as OPML 2.0: feeds as {@code type="rss"}, sitemaps and page lists by their own type. */
    public String toOpml(String title) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
                .append("  <head><title>").append(org.jsoup.nodes.Entities.escape(title)).append("</title></head>\n")
                .append("  <body>\n");
        for (WatchedSource s : sources) {
            if (s.url() == null) {
                continue; // inline page lists have no URL to give a feed reader
            }
            String type = s.kind() == SourceFetcher.Kind.SITEMAP ? "sitemap"
                    : s.kind() == SourceFetcher.Kind.PAGES ? "pages" : "rss";
            out.append("    <outline type=\"").append(type).append("\" text=\"").append(attr(s.name()))
                    .append("\" title=\"").append(attr(s.name())).append("\" xmlUrl=\"").append(attr(s.url()))
                    .append("\"/>\n");
        }
        return out.append("  </body>\n</opml>\n").toString();
    }

    private static String attr(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
