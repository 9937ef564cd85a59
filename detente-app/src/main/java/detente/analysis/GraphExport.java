package detente.analysis;

import java.util.Locale;

/**
 * Writes an {@link ActorNetwork} as GraphML (yEd, Gephi, NetworkX) or GEXF 1.3 (Gephi). Node attributes: bloc,
 * broker, events; edge attributes: weight (signed), sign, cooperation, conflict, events. Written directly: the
 * schemas needed are small and jgrapht-io would add ANTLR and Commons dependencies.
 */
public final class GraphExport {

    private GraphExport() {
    }

    public static String graphml(ActorNetwork n) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
                .append("  <key id=\"bloc\" for=\"node\" attr.name=\"bloc\" attr.type=\"int\"/>\n")
                .append("  <key id=\"broker\" for=\"node\" attr.name=\"broker\" attr.type=\"boolean\"/>\n")
                .append("  <key id=\"nevents\" for=\"node\" attr.name=\"events\" attr.type=\"int\"/>\n")
                .append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n")
                .append("  <key id=\"sign\" for=\"edge\" attr.name=\"sign\" attr.type=\"int\"/>\n")
                .append("  <key id=\"cooperation\" for=\"edge\" attr.name=\"cooperation\" attr.type=\"int\"/>\n")
                .append("  <key id=\"conflict\" for=\"edge\" attr.name=\"conflict\" attr.type=\"int\"/>\n")
                .append("  <key id=\"eevents\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n")
                .append("  <graph id=\"detente\" edgedefault=\"undirected\">\n");
        for (ActorNetwork.Node v : n.nodes()) {
            x.append("    <node id=\"").append(esc(v.id())).append("\">")
                    .append(data("bloc", v.bloc())).append(data("broker", v.broker()))
                    .append(data("nevents", v.events())).append("</node>\n");
        }
        int i = 0;
        for (ActorNetwork.Edge e : n.edges()) {
            x.append("    <edge id=\"e").append(i++).append("\" source=\"").append(esc(e.a())).append("\" target=\"")
                    .append(esc(e.b())).append("\">").append(data("weight", num(e.weight())))
                    .append(data("sign", e.sign())).append(data("cooperation", e.cooperation()))
                    .append(data("conflict", e.conflict())).append(data("eevents", e.events())).append("</edge>\n");
        }
        return x.append("  </graph>\n</graphml>\n").toString();
    }

    public static String gexf(ActorNetwork n) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n")
                .append("  <meta><creator>detente</creator><description>signed actor network ")
                .append(n.from()).append(" to ").append(n.to()).append("</description></meta>\n")
                .append("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n")
                .append("    <attributes class=\"node\">\n")
                .append("      <attribute id=\"0\" title=\"bloc\" type=\"integer\"/>\n")
                .append("      <attribute id=\"1\" title=\"broker\" type=\"boolean\"/>\n")
                .append("      <attribute id=\"2\" title=\"events\" type=\"integer\"/>\n")
                .append("    </attributes>\n")
                .append("    <attributes class=\"edge\">\n")
                .append("      <attribute id=\"0\" title=\"sign\" type=\"integer\"/>\n")
                .append("      <attribute id=\"1\" title=\"cooperation\" type=\"integer\"/>\n")
                .append("      <attribute id=\"2\" title=\"conflict\" type=\"integer\"/>\n")
                .append("      <attribute id=\"3\" title=\"events\" type=\"integer\"/>\n")
                .append("    </attributes>\n    <nodes>\n");
        for (ActorNetwork.Node v : n.nodes()) {
            x.append("      <node id=\"").append(esc(v.id())).append("\" label=\"").append(esc(v.id()))
                    .append("\"><attvalues>").append(att(0, v.bloc())).append(att(1, v.broker()))
                    .append(att(2, v.events())).append("</attvalues></node>\n");
        }
        x.append("    </nodes>\n    <edges>\n");
        int i = 0;
        for (ActorNetwork.Edge e : n.edges()) {
            x.append("      <edge id=\"").append(i++).append("\" source=\"").append(esc(e.a())).append("\" target=\"")
                    .append(esc(e.b())).append("\" weight=\"").append(num(e.weight())).append("\"><attvalues>")
                    .append(att(0, e.sign())).append(att(1, e.cooperation())).append(att(2, e.conflict()))
                    .append(att(3, e.events())).append("</attvalues></edge>\n");
        }
        return x.append("    </edges>\n  </graph>\n</gexf>\n").toString();
    }

    private static String data(String key, Object value) {
        return "<data key=\"" + key + "\">" + value + "</data>";
    }

    private static String att(int id, Object value) {
        return "<attvalue for=\"" + id + "\" value=\"" + value + "\"/>";
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
