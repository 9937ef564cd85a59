package detente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guards {@code detente sql} twice. {@link #check} lets through one statement that only reads: it reads the
 * statement as SQL does (quoted strings, quoted names, dollar quotes and comments may hold a {@code ;}), and
 * refuses what writes files or attaches databases ({@code COPY}, {@code EXPORT}, {@code ATTACH}, also behind
 * {@code EXPLAIN [ANALYZE]}). {@link #seal} then locks the connection itself, so what the check misses cannot
 * reach outside the store either: no file or network access (only the directories of attached Parquet views may
 * be read), no extension installed or loaded, and the configuration locked so the query cannot undo this.
 */
public final class ReadOnlyQuery {

    private static final Set<String> ALLOWED = Set.of("SELECT", "WITH", "DESCRIBE", "SHOW", "EXPLAIN", "SUMMARIZE",
            "FROM", "VALUES", "TABLE");
    private static final Pattern PARQUET_SOURCE = Pattern.compile("read_parquet\\('((?:[^']|'')*)'");
    /** DuckDB's table functions that read files, by name (outside quotes). */
    private static final Pattern FILE_FUNCTION = Pattern.compile("(?i)\\b(read_\\w+|parquet_\\w+|glob|sniff_csv"
            + "|st_read|iceberg_\\w+|delta_scan|json_\\w*scan|csv_\\w*scan)\\s*\\(");
    /** A path read as a table: {@code FROM '/etc/passwd'} (DuckDB's replacement scan). */
    private static final Pattern PATH_SCAN = Pattern.compile("(?i)\\b(from|join)\\s*\\(?\\s*('|\"[^\"]*[./][^\"]*\")");

    private ReadOnlyQuery() {
    }

    /** Returns the statement without a trailing semicolon, or throws with the reason it is refused. */
    public static String check(String sql) {
        List<String> statements = statements(sql);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("empty query");
        }
        if (statements.size() > 1) {
            throw new IllegalArgumentException("one statement at a time");
        }
        String s = statements.get(0);
        List<String> words = leadingWords(s, 3);
        String first = words.isEmpty() ? "" : words.get(0);
        if (!ALLOWED.contains(first)) {
            throw refused(first);
        }
        // Also refused by seal(); checked here too because a query run by a server on its own database (while
        // the dashboard runs) cannot be sealed: the server keeps file access for its imports and exports.
        String code = withoutStrings(s);
        java.util.regex.Matcher file = FILE_FUNCTION.matcher(code);
        if (file.find()) {
            throw new IllegalArgumentException("queries read the store only, not files: " + file.group(1) + "()"
                    + " is refused (use detente attach DIR for Parquet files)");
        }
        if (PATH_SCAN.matcher(code).find()) {
            throw new IllegalArgumentException("queries read the store only, not files: a quoted path after FROM"
                    + " or JOIN is refused (name a table of the store)");
        }
        if (first.equals("EXPLAIN")) {
            String inner = words.size() > 1 && words.get(1).equals("ANALYZE") ? (words.size() > 2 ? words.get(2) : "")
                    : (words.size() > 1 ? words.get(1) : "");
            if (!ALLOWED.contains(inner) || inner.equals("EXPLAIN")) {
                throw refused("EXPLAIN " + inner);
            }
        }
        return s;
    }

    /** The statement with the text of its quoted strings blanked ({@code 'x;y'} → {@code ''}), quotes kept. */
    private static String withoutStrings(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }

    private static IllegalArgumentException refused(String what) {
        return new IllegalArgumentException("only read-only queries are allowed (SELECT, WITH, DESCRIBE, SHOW,"
                + " EXPLAIN, SUMMARIZE), not " + what.strip());
    }

    /**
     * Locks a read-only connection for queries that others wrote: no file or network access except reading the
     * attached Parquet directories, no extension installs or loads, configuration locked.
     */
    public static void seal(Connection connection) throws SQLException {
        Set<String> dirs = new TreeSet<>();
        try (Statement st = connection.createStatement();
             ResultSet r = st.executeQuery("SELECT sql FROM duckdb_views() WHERE NOT internal")) {
            while (r.next()) {
                Matcher m = PARQUET_SOURCE.matcher(String.valueOf(r.getString(1)));
                while (m.find()) {
                    String glob = m.group(1).replace("''", "'");
                    int star = glob.indexOf('*');
                    dirs.add(Path.of(star < 0 ? glob : glob.substring(0, star)).toAbsolutePath().normalize() + "/");
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            if (!dirs.isEmpty()) {
                List<String> literals = new ArrayList<>();
                dirs.forEach(d -> literals.add("'" + d.replace("'", "''") + "'"));
                st.execute("SET allowed_directories = [" + String.join(", ", literals) + "]");
            }
            st.execute("SET enable_external_access = false");
            st.execute("SET autoinstall_known_extensions = false");
            st.execute("SET autoload_known_extensions = false");
            st.execute("SET lock_configuration = true");
        }
    }

    /**
     * The statements in {@code sql}, split at semicolons that are not inside a string, a quoted name, a dollar
     * quote or a comment; stripped, empty ones dropped.
     */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = closing(sql, i + 1, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                i = end < 0 ? n : end + tag.length();
            } else if (c == ';') {
                add(out, sql.substring(start, i));
                start = ++i;
            } else {
                i++;
            }
        }
        add(out, sql.substring(start));
        return out;
    }

    private static void add(List<String> out, String statement) {
        String s = statement.strip();
        if (!leadingWords(s, 1).isEmpty()) {
            out.add(s);
        }
    }

    /** The index after the quote that closes one opened before {@code from}; a doubled quote escapes it. */
    private static int closing(String sql, int from, char quote) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** The dollar-quote tag starting at {@code i} ({@code $$} or {@code $name$}), or null. */
    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))
                ? sql.substring(i, j + 1) : null;
    }

    /** Up to {@code count} leading keywords, upper-cased, skipping comments and opening parentheses. */
    private static List<String> leadingWords(String s, int count) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length() && words.size() < count) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (s.startsWith("--", i)) {
                int eol = s.indexOf('\n', i);
                i = eol < 0 ? s.length() : eol + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                words.add(s.substring(i, j).toUpperCase(Locale.ROOT));
                i = j;
            } else {
                words.add(String.valueOf(c));
                break;
            }
        }
        return words;
    }
}
