package org.onecard.attacks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The row count of every table of the test's database, read in one statement, to show that a
 * refused request changed nothing (and that no table went missing).
 */
final class TableCounts {

    /** Tables a refusal may write to: the record of the refusal itself, sign-in bookkeeping. */
    private static final Set<String> RECORDS_OF_REFUSALS = Set.of("audit_log", "payment_notification",
            "refresh_token", "flyway_schema_history");

    private final DatabaseClient db;
    private final List<String> tables;
    private final String query;

    TableCounts(DatabaseClient db) {
        this.db = db;
        this.tables = db.sql("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name")
                .map(r -> r.get("t", String.class)).all().collectList().block();
        this.query = tables.stream().filter(t -> !RECORDS_OF_REFUSALS.contains(t))
                .map(t -> "SELECT '" + t + "' AS t, COUNT(*) AS n FROM `" + t + "`")
                .collect(Collectors.joining(" UNION ALL "));
    }

    List<String> tables() {
        return tables;
    }

    Map<String, Long> now() {
        return db.sql(query).map(r -> Map.entry(r.get("t", String.class), ((Number) r.get("n")).longValue()))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new).block();
    }
}
