package detente.cli;

import detente.doc.Event;
import detente.doc.Participant;
import detente.output.DocumentJson;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints events as JSON Lines (the output contract), TSV with a header, or an aligned table for reading. */
final class EventPrinter {

    enum Format { jsonl, tsv, table }

    private static final String[] COLUMNS = {"article", "date", "source", "target", "cameo", "quad", "goldstein",
            "plover", "source_text", "target_text", "trigger", "rule", "confidence"};

    private final PrintWriter out;
    private final Format format;
    private final boolean articleColumn;
    private boolean headerDone;

    EventPrinter(PrintWriter out, Format format) {
        this(out, format, false);
    }

    /** {@code articleColumn}: the table names each event's article (when several are coded at once). */
    EventPrinter(PrintWriter out, Format format, boolean articleColumn) {
        this.out = out;
        this.format = format;
        this.articleColumn = articleColumn;
    }

    /** After the last event: with none, the header and "0 events", so that silence is never the answer. */
    void finish() {
        if (!headerDone && format != Format.jsonl) {
            header();
            if (format == Format.table) {
                out.println("0 events");
            }
            out.flush();
        }
    }

    private void header() {
        if (format == Format.tsv) {
            out.println(String.join("\t", COLUMNS));
        } else {
            out.printf("%s%-10s  %-12s %-4s %-12s  %-5s  %-28s %s%n", articleColumn ? String.format("%-24s  ",
                    "article") : "", "date", "source", "", "target", "cameo", "trigger", "source text → target text");
        }
        headerDone = true;
    }

    void print(Event e) {
        switch (format) {
            case jsonl -> out.println(DocumentJson.line(DocumentJson.event(e)));
            case tsv -> {
                if (!headerDone) {
                    header();
                }
                out.println(String.join("\t", cells(e)));
            }
            case table -> {
                if (!headerDone) {
                    header();
                }
                if (articleColumn) {
                    out.printf("%-24s  ", clip(articleName(e), 24));
                }
                out.printf(Locale.ROOT, "%-10s  %-12s %-4s %-12s  %-5s  %-28s %s → %s%n",
                        e.date() == null ? "-" : e.date(), code(e.source()), "→", code(e.target()), e.cameo(),
                        clip(e.trigger().text() + " (" + (e.plover() == null ? "-" : e.plover().event()) + ")", 28),
                        e.source().text(), e.target() == null ? "-" : e.target().text());
            }
        }
        out.flush();
    }

    private static String[] cells(Event e) {
        return new String[] {e.article(), e.date() == null ? "" : e.date().toString(), code(e.source()),
                e.target() == null ? "" : code(e.target()), e.cameo(), Integer.toString(e.quad()),
                Double.toString(e.goldstein()), e.plover() == null ? "" : e.plover().event(), clean(e.source().text()),
                e.target() == null ? "" : clean(e.target().text()), clean(e.trigger().text()), clean(e.rule()),
                Double.toString(e.confidence())};
    }

    private static String code(Participant p) {
        if (p == null) {
            return "-";
        }
        return p.code() != null ? p.code() : "?";
    }

    /** The article's file name, without a leading date the date column already shows. */
    private static String articleName(Event e) {
        String article = e.article();
        int slash = article.lastIndexOf('/');
        String name = slash >= 0 && slash < article.length() - 1 ? article.substring(slash + 1) : article;
        String datePrefix = e.date() == null ? null : e.date() + "-";
        return datePrefix != null && name.startsWith(datePrefix) && name.length() > datePrefix.length()
                ? name.substring(datePrefix.length()) : name;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
