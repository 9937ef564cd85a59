package detente.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What an input holds, decided by its name (extension, after any {@code .gz}) or, failing that, by its content. */
enum InputKind {
    TEXT, HTML, FEED, JSON_LINES;

    /** The kind named by {@code name}'s extension, or null when the extension says nothing. */
    static InputKind byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        int slash = lower.lastIndexOf('/');
        String file = slash >= 0 ? lower.substring(slash + 1) : lower;
        int dot = file.lastIndexOf('.');
        String extension = dot >= 0 ? file.substring(dot + 1) : "";
        return switch (extension) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "xml", "rss", "atom", "rdf" -> FEED;
            case "jsonl", "ndjson" -> JSON_LINES;
            default -> null;
        };
    }

    /** The kind suggested by an HTTP Content-Type, or null. */
    static InputKind byContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String lower = contentType.toLowerCase(Locale.ROOT);
        if (lower.contains("rss") || lower.contains("atom") || lower.contains("/xml") || (lower.contains("+xml")
                && !lower.contains("xhtml"))) {
            return FEED;
        }
        if (lower.contains("html")) {
            return HTML;
        }
        if (lower.contains("ndjson") || lower.contains("jsonl")) {
            return JSON_LINES;
        }
        return lower.startsWith("text/plain") ? TEXT : null;
    }

    /** The kind the first bytes of {@code bytes} suggest. */
    static InputKind sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT).stripLeading().replace("\u00ef\u00bb\u00bf", "");
        if (head.startsWith("{")) {
            return JSON_LINES;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return FEED;
        }
        if (head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<p>") || head.contains("<div")) {
            return HTML;
        }
        return head.startsWith("<?xml") ? FEED : TEXT;
    }
}
