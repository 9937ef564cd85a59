package detente.analysis;

import detente.store.Store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes events with a known structure straight into a store's {@code events} table, as a GDELT import would.
 * Actors are codes whose first three letters are the country ({@code IRNGOV} → {@code IRN}); a group can be given
 * after a slash ({@code PSEREBHMS/HAMAS}).
 */
final class PlantedEvents implements AutoCloseable {

    /** CAMEO codes used in tests, with their QuadClass and Goldstein score. */
    enum Code {
        CONSULT("040", 1, 1.0), INTEND_TO_COOPERATE("030", 1, 4.0), SIGN_AGREEMENT("057", 1, 8.0),
        AID("070", 2, 7.0), COMPLAIN("112", 3, -2.0), REDUCE_RELATIONS("161", 4, -4.0), AIRSTRIKE("195", 4, -10.0),
        FIGHT("190", 4, -10.0), THREATEN("138", 3, -7.0);

        final String cameo;
        final int quad;
        final double goldstein;

        Code(String cameo, int quad, double goldstein) {
            this.cameo = cameo;
            this.quad = quad;
            this.goldstein = goldstein;
        }
    }

    private final Store store;
    private final PreparedStatement insert;
    private final List<String> ids = new ArrayList<>();
    private long next = 1;

    PlantedEvents(Path dir) throws SQLException {
        store = Store.open(dir);
        insert = store.connection().prepareStatement("INSERT INTO events (id, global_id, origin, date, source_key,"
                + " source_code, source_country, source_group, target_key, target_code, target_country, target_group,"
                + " cameo, base_code, root_code, quad, goldstein, num_mentions, num_sources, num_articles, added_at)"
                + " VALUES (?, ?, 'gdelt', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, current_timestamp)");
    }

    Store store() {
        return store;
    }

    Connection connection() {
        return store.connection();
    }

    /** Adds one event and returns its id. */
    String add(LocalDate date, String source, String target, Code code, int mentions) throws SQLException {
        String id = "t" + next;
        int i = 1;
        insert.setString(i++, id);
        insert.setLong(i++, next++);
        insert.setDate(i++, Date.valueOf(date));
        i = actor(i, source);
        i = actor(i, target);
        insert.setString(i++, code.cameo);
        insert.setString(i++, code.cameo);
        insert.setString(i++, code.cameo.substring(0, 2));
        insert.setInt(i++, code.quad);
        insert.setDouble(i++, code.goldstein);
        insert.setInt(i, mentions);
        insert.executeUpdate();
        ids.add(id);
        return id;
    }

    String add(LocalDate date, String source, String target, Code code) throws SQLException {
        return add(date, source, target, code, 1);
    }

    private int actor(int i, String actor) throws SQLException {
        String[] parts = actor.split("/");
        String code = parts[0];
        insert.setString(i++, code);
        insert.setString(i++, code);
        insert.setString(i++, code.startsWith("---") ? null : code.substring(0, 3));
        insert.setString(i++, parts.length > 1 ? parts[1] : null);
        return i;
    }

    /**
     * Steady background between two actors from {@code from} to {@code to}: each day, with probability
     * {@code perDay}, one event, cooperative with probability {@code cooperative} (consult or intend to cooperate),
     * else a complaint or a threat; mentions 1–5. Deterministic for a seed.
     */
    void background(Random random, String a, String b, LocalDate from, LocalDate to, double perDay,
                    double cooperative) throws SQLException {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (random.nextDouble() >= perDay) {
                continue;
            }
            boolean coop = random.nextDouble() < cooperative;
            Code code = coop ? (random.nextBoolean() ? Code.CONSULT : Code.INTEND_TO_COOPERATE)
                    : (random.nextBoolean() ? Code.COMPLAIN : Code.THREATEN);
            boolean forward = random.nextBoolean();
            add(d, forward ? a : b, forward ? b : a, code, 1 + random.nextInt(5));
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        store.close();
    }
}
