package detente.cli;

import java.util.List;

/** Output formats of the analysis commands, and how they abbreviate event id lists in tables. */
enum AnalysisFormat {
    table, json;

    static String ids(List<String> ids, int max) {
        if (ids.size() <= max) {
            return String.join(" ", ids);
        }
        return String.join(" ", ids.subList(0, max)) + " (+" + (ids.size() - max) + ")";
    }
}
