package detente.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static detente.analysis.PlantedEvents.Code.AID;
import static detente.analysis.PlantedEvents.Code.CONSULT;
import static detente.analysis.PlantedEvents.Code.FIGHT;
import static detente.analysis.PlantedEvents.Code.SIGN_AGREEMENT;
import static detente.analysis.PlantedEvents.Code.THREATEN;
import static org.assertj.core.api.Assertions.assertThat;

class NetworkIT {

    static final LocalDate DAY = LocalDate.of(2024, 1, 10);

    @TempDir
    Path dir;

    @Test
    void plantedBlocsAreRecoveredAndBalanced() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            String[] west = {"USA", "GBR", "FRA", "DEU"};
            String[] east = {"RUS", "BLR", "IRN", "PRK"};
            allPairs(p, west, SIGN_AGREEMENT);
            allPairs(p, east, AID);
            for (String w : west) {
                for (String e : east) {
                    p.add(DAY, w + "GOV", e + "GOV", THREATEN);
                }
            }
            ActorNetwork n = new Analysis(p.store()).network(DAY.minusDays(5), DAY.plusDays(5));

            Map<Integer, List<String>> blocs = n.nodes().stream().collect(Collectors.groupingBy(
                    ActorNetwork.Node::bloc, Collectors.mapping(ActorNetwork.Node::id, Collectors.toList())));
            assertThat(blocs.values()).containsExactlyInAnyOrder(List.of("DEU", "FRA", "GBR", "USA"),
                    List.of("BLR", "IRN", "PRK", "RUS"));
            assertThat(n.edges()).hasSize(6 + 6 + 16);
            assertThat(n.triads()).isEqualTo(56); // the 8 actors are all tied: C(8, 3)
            assertThat(n.balance()).isEqualTo(1.0);
            assertThat(n.unbalancedTriads()).isEmpty();
            assertThat(n.brokers()).isEmpty();
        }
    }

    @Test
    void roleOnlyActorsAreNoNodesAndNoDyads() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            p.add(DAY, "USAGOV", "RUSGOV", THREATEN);
            p.add(DAY, "---GOV", "RUSGOV", THREATEN);
            p.add(DAY, "---REB", "USAGOV", FIGHT);
            Analysis analysis = new Analysis(p.store());
            assertThat(analysis.network(DAY.minusDays(5), DAY.plusDays(5)).nodes())
                    .extracting(ActorNetwork.Node::id).containsExactlyInAnyOrder("USA", "RUS");
            assertThat(analysis.topDyads(DAY, DAY, 10)).hasSize(1);
        }
    }

    @Test
    void mediatorBetweenEnemiesIsABrokerInAnUnbalancedTriad() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            p.add(DAY, "ISRMIL", "PSEREBHMS/HAMAS", FIGHT);
            p.add(DAY, "PSEREBHMS/HAMAS", "ISRMIL", FIGHT);
            p.add(DAY, "TURGOV", "ISRGOV", CONSULT);
            p.add(DAY, "TURGOV", "ISRGOV", SIGN_AGREEMENT);
            p.add(DAY, "TURGOV", "PSEREBHMS/HAMAS", CONSULT);
            p.add(DAY, "QATGOV", "PSEREBHMS/HAMAS", CONSULT);
            p.add(DAY, "USAGOV", "ISRGOV", AID);
            ActorNetwork n = new Analysis(p.store()).network(DAY, DAY);

            assertThat(n.brokers()).containsExactly(new Broker("TUR", "HAMAS", "ISR", 1.0));
            assertThat(n.unbalancedTriads()).containsExactly(List.of("HAMAS", "ISR", "TUR"));
            assertThat(n.triads()).isEqualTo(1);
            assertThat(n.balance()).isEqualTo(0.0);
            assertThat(n.nodes()).filteredOn(ActorNetwork.Node::broker).extracting(ActorNetwork.Node::id)
                    .containsExactly("TUR");
            ActorNetwork.Edge war = n.edges().stream().filter(e -> e.a().equals("HAMAS")).filter(e -> e.b().equals(
                    "ISR")).findFirst().orElseThrow();
            assertThat(war.weight()).isEqualTo(-20.0);
            assertThat(war.conflict()).isEqualTo(2);
            assertThat(war.sign()).isEqualTo(-1);
        }
    }

    @Test
    void stateOrgansAreTheirStateAndArmedGroupsThemselves() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            p.add(DAY, "ISRSPY/MOSSAD", "IRNGOV", THREATEN);
            p.add(DAY, "IRNMIL/IRGC", "ISRGOV", THREATEN);
            p.add(DAY, "ISRMIL", "PSEREBHMS/HAMAS", FIGHT);
            assertThat(new Analysis(p.store()).network(DAY, DAY).nodes()).extracting(ActorNetwork.Node::id)
                    .containsExactlyInAnyOrder("ISR", "IRN", "HAMAS");
        }
    }

    @Test
    void exportsGraphmlAndGexf() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            p.add(DAY, "ISRMIL", "PSEREBHMS/HAMAS", FIGHT);
            p.add(DAY, "TURGOV", "ISRGOV", CONSULT);
            ActorNetwork n = new Analysis(p.store()).network(DAY, DAY);

            String graphml = GraphExport.graphml(n);
            assertThat(graphml).contains("<node id=\"HAMAS\">", "source=\"HAMAS\" target=\"ISR\"",
                    "<data key=\"weight\">-10.00</data>", "<data key=\"sign\">-1</data>");
            String gexf = GraphExport.gexf(n);
            assertThat(gexf).contains("<node id=\"TUR\" label=\"TUR\">", "weight=\"1.00\"", "</gexf>");
            assertThat(AnalysisJson.write(n)).contains("\"from\" : \"2024-01-10\"", "\"balance\" : 1.0");
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(graphml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(gexf.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private static void allPairs(PlantedEvents p, String[] bloc, PlantedEvents.Code code) throws Exception {
        for (int i = 0; i < bloc.length; i++) {
            for (int j = i + 1; j < bloc.length; j++) {
                p.add(DAY, bloc[i] + "GOV", bloc[j] + "GOV", code);
            }
        }
    }
}
