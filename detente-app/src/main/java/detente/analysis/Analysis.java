package detente.analysis;

import detente.store.Store;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Analysis over the {@code events} table of a store, the same for coded and imported GDELT events: dyad
 * timelines, top dyads, escalation alerts, the signed actor network and actor profiles. Aggregations run in
 * DuckDB; smoothing, baselines and graph work run in Java.
 *
 * <p>Thread-safe: each call runs on its own duplicate of the store's DuckDB connection. Date ranges are
 * inclusive; a null {@code from}/{@code to} means unbounded (for {@link #topDyads}, the last 90 days of data;
 * for {@link #network}, from the first to the last dated event).
 */
public final class Analysis {

    /** Default window, in days, when a window method gets no dates. */
    public static final int DEFAULT_WINDOW_DAYS = 90;

    private final Connection connection;

    public Analysis(Store store) {
        this(store.connection());
    }

    public Analysis(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** A dyad's timeline: counts per period and QuadClass, Goldstein, tension and the events behind each point. */
    public DyadTimeline dyad(DyadQuery q) {
        return run(c -> DyadTimelines.of(c, q));
    }

    /** The busiest undirected country-level dyads of a window. */
    public List<TopDyad> topDyads(LocalDate from, LocalDate to, int limit) {
        return topDyads(from, to, limit, TopDyad.Order.VOLUME);
    }

    /** The top undirected country-level dyads of a window, by volume or by recent change in tension. */
    public List<TopDyad> topDyads(LocalDate from, LocalDate to, int limit, TopDyad.Order order) {
        return run(c -> {
            Window w = Window.of(c, from, to);
            return w == null ? List.of() : TopDyads.of(c, w.from(), w.to(), limit, order);
        });
    }

    /**
     * Escalation and de-escalation alerts for weeks starting on or after {@code since} (null: the last 4 weeks of
     * data), strongest first.
     */
    public List<Alert> alerts(LocalDate since) {
        return run(c -> Alerts.scan(c, since));
    }

    /**
     * The signed actor network of a window at group level (armed groups such as Hamas are their own nodes, states
     * are countries), with blocs, balance and brokers.
     */
    public ActorNetwork network(LocalDate from, LocalDate to) {
        return network(from, to, ActorLevel.GROUP);
    }

    /** The signed actor network of a window at a level. */
    public ActorNetwork network(LocalDate from, LocalDate to, ActorLevel level) {
        return run(c -> {
            Window w = Window.span(c, from, to);
            return w == null ? Networks.empty(from, to) : Networks.of(c, w.from(), w.to(), level);
        });
    }

    /** One actor (country level) over a window: partners, adversaries, event mix by CAMEO root, weekly trend. */
    public ActorProfile actor(String actor, LocalDate from, LocalDate to) {
        return actor(actor, from, to, ActorLevel.COUNTRY);
    }

    /** One actor at a level over a window. */
    public ActorProfile actor(String actor, LocalDate from, LocalDate to, ActorLevel level) {
        return run(c -> ActorProfiles.of(c, actor, from, to, level));
    }

    /**
     * How many events {@code actor} has at a level with a named counterpart, and, busiest first, up to five
     * actors whose codes are close to it (one contains the other, or they differ by one or two edits): what a
     * command suggests for a code the store does not have.
     */
    public ActorMatch actorMatch(String actor, ActorLevel level) {
        return run(c -> {
            String all = "SELECT x, count(*) AS n FROM (SELECT " + level.sql("source") + " AS x FROM events WHERE "
                    + ActorLevel.BOTH_NAMED + " UNION ALL SELECT " + level.sql("target") + " FROM events WHERE "
                    + ActorLevel.BOTH_NAMED + ") WHERE x IS NOT NULL GROUP BY x";
            List<Integer> exact = Sql.query(c, "SELECT n FROM (" + all + ") WHERE x = ?", List.of(actor),
                    r -> r.getInt(1));
            Map<String, Integer> close = new LinkedHashMap<>();
            Sql.query(c, "SELECT x, n FROM (" + all + ") WHERE x <> ? AND (contains(x, ?) OR contains(?, x)"
                    + " OR levenshtein(x, ?) <= 2) ORDER BY n DESC, x LIMIT 5", List.of(actor, actor, actor, actor),
                    r -> close.put(r.getString(1), r.getInt(2)));
            return new ActorMatch(actor, exact.isEmpty() ? 0 : exact.get(0), close);
        });
    }

    private <T> T run(Function<Connection, T> work) {
        if (connection instanceof DuckDBConnection duck) {
            try (Connection c = duck.duplicate()) {
                return work.apply(c);
            } catch (SQLException e) {
                throw new AnalysisException("cannot open analysis connection: " + e.getMessage(), e);
            }
        }
        synchronized (connection) {
            return work.apply(connection);
        }
    }
}
