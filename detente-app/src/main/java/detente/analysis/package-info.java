/**
 * Analysis over stored events (the {@code events} table, coded or imported from GDELT): dyad timelines with a
 * tension index, top dyads, escalation and de-escalation alerts, the signed actor network (blocs, structural
 * balance, brokers) and actor profiles. {@link detente.analysis.Analysis} is the entry point; methods and
 * definitions are in {@code docs/analysis.md}. Reads {@code events}; writes nothing.
 */
package detente.analysis;
