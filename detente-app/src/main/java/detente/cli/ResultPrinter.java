package detente.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import detente.output.DocumentJson;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Prints a JDBC result as an aligned table, TSV with a header, or JSON Lines (one object per row). */
final class ResultPrinter {

    enum Format { table, tsv, jsonl }

    private static final int MAX_CELL = 60;
    private static final int MIN_CELL = 10;

    /**
     * How a table fits a terminal: columns empty in every row are left out, then the {@code dropFirst} columns
     * (in that order) while the table is wider than {@code width}, then the widest cells are shortened (with …),
     * except in the {@code whole} columns (ids, dates, codes: a shortened one would be wrong).
     */
    record Fit(int width, List<String> dropFirst, List<String> whole) {
        static final Fit NONE = new Fit(Integer.MAX_VALUE, List.of(), List.of());
    }

    private ResultPrinter() {
    }

    /** Prints all rows; returns how many. */
    static int print(ResultSet r, Format format, PrintWriter out) throws SQLException {
        return print(r, format, out, Fit.NONE);
    }

    /** Prints all rows, a table fitted by {@code fit}; returns how many. */
    static int print(ResultSet r, Format format, PrintWriter out, Fit fit) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        int n = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(meta.getColumnLabel(i));
        }
        List<String[]> rows = new ArrayList<>();
        int count = 0;
        if (format == Format.tsv) {
            out.println(String.join("\t", names));
        }
        while (r.next()) {
            count++;
            switch (format) {
                case jsonl -> {
                    ObjectNode o = DocumentJson.mapper().createObjectNode();
                    for (int i = 1; i <= n; i++) {
                        Object v = r.getObject(i);
                        int type = meta.getColumnType(i);
                        if (v == null) {
                            o.putNull(names.get(i - 1));
                        } else if (type == Types.INTEGER || type == Types.BIGINT || type == Types.SMALLINT) {
                            o.put(names.get(i - 1), r.getLong(i));
                        } else if (type == Types.DOUBLE || type == Types.FLOAT || type == Types.DECIMAL) {
                            o.put(names.get(i - 1), r.getDouble(i));
                        } else if (type == Types.BOOLEAN) {
                            o.put(names.get(i - 1), r.getBoolean(i));
                        } else {
                            o.put(names.get(i - 1), String.valueOf(v));
                        }
                    }
                    out.println(DocumentJson.line(o));
                }
                case tsv -> {
                    String[] cells = cells(r, n);
                    out.println(String.join("\t", cells));
                }
                case table -> rows.add(cells(r, n));
            }
        }
        if (format == Format.table) {
            table(names, rows, out, fit);
            out.println("(" + count + (count == 1 ? " row)" : " rows)"));
        }
        out.flush();
        return count;
    }

    private static String[] cells(ResultSet r, int n) throws SQLException {
        String[] cells = new String[n];
        for (int i = 1; i <= n; i++) {
            Object v = r.getObject(i);
            cells[i - 1] = v == null ? "" : String.valueOf(v).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return cells;
    }

    private static void table(List<String> allNames, List<String[]> allRows, PrintWriter out, Fit fit) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < allNames.size(); i++) {
            int column = i;
            if (fit == Fit.NONE || allRows.isEmpty() || allRows.stream().anyMatch(row -> !row[column].isEmpty())) {
                keep.add(i);
            }
        }
        int[] natural = new int[allNames.size()];
        for (int i = 0; i < natural.length; i++) {
            natural[i] = allNames.get(i).length();
            for (String[] row : allRows) {
                natural[i] = Math.max(natural[i], Math.min(MAX_CELL, row[i].length()));
            }
        }
        for (String name : fit.dropFirst()) {
            if (total(keep, natural) <= fit.width()) {
                break;
            }
            keep.remove((Integer) allNames.indexOf(name));
        }
        int[] width = keep.stream().mapToInt(i -> natural[i]).toArray();
        while (total(width) > fit.width()) {
            int widest = -1;
            for (int i = 0; i < width.length; i++) {
                if (!fit.whole().contains(allNames.get(keep.get(i))) && (widest < 0 || width[i] > width[widest])) {
                    widest = i;
                }
            }
            if (widest < 0 || width[widest] <= MIN_CELL) {
                break;
            }
            width[widest]--;
        }
        String[] names = keep.stream().map(allNames::get).toArray(String[]::new);
        out.println(line(names, width));
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        for (String[] row : allRows) {
            out.println(line(keep.stream().map(i -> row[i]).toArray(String[]::new), width));
        }
    }

    private static int total(List<Integer> columns, int[] width) {
        return total(columns.stream().mapToInt(i -> width[i]).toArray());
    }

    private static int total(int[] width) {
        int sum = 2 * Math.max(0, width.length - 1);
        for (int w : width) {
            sum += w;
        }
        return sum;
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].length() > width[i] ? cells[i].substring(0, width[i] - 1) + "…" : cells[i];
            b.append(c).append(" ".repeat(width[i] - c.length())).append("  ");
        }
        return b.toString().stripTrailing();
    }
}
