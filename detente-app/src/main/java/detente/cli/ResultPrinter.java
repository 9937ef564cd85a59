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

    private ResultPrinter() {
    }

    /** Prints all rows; returns how many. */
    static int print(ResultSet r, Format format, PrintWriter out) throws SQLException {
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
            table(names, rows, out);
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

    private static void table(List<String> names, List<String[]> rows, PrintWriter out) {
        int[] width = new int[names.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = names.get(i).length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], Math.min(MAX_CELL, row[i].length()));
            }
        }
        out.println(line(names.toArray(String[]::new), width));
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(row -> out.println(line(row, width)));
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].length() > MAX_CELL ? cells[i].substring(0, MAX_CELL - 1) + "…" : cells[i];
            b.append(c).append(" ".repeat(width[i] - c.length())).append("  ");
        }
        return b.toString().stripTrailing();
    }
}
