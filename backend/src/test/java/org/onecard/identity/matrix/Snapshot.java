package org.onecard.identity.matrix;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A checksum of every table of the test's database, to show that refused calls wrote nothing.
 * audit_log is left out: a signed-in operator's refusal is recorded there on purpose (AuditFilter).
 */
final class Snapshot {

    private Snapshot() {
    }

    static Map<String, String> of(DatabaseClient db) {
        List<String> tables = db.sql("SELECT table_name AS t FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name <> 'audit_log'")
                .map(row -> row.get("t", String.class)).all().collectList().block();
        Map<String, String> sums = new TreeMap<>();
        db.sql("CHECKSUM TABLE " + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList()))
                .map(row -> Map.entry(row.get("Table", String.class), String.valueOf(row.get("Checksum"))))
                .all().toStream().forEach(e -> sums.put(e.getKey(), e.getValue()));
        return sums;
    }

    /** The tables whose checksum differs. */
    static TreeSet<String> changes(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> changed = new TreeSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(t -> Objects.equals(before.get(t), after.get(t)));
        return changed;
    }
}
