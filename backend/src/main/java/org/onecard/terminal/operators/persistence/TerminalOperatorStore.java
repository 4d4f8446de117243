package org.onecard.terminal.operators.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.onecard.terminal.operators.domain.TerminalOperator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Rows of terminal_operator; the password hash never leaves this class but through {@link #hash}. */
@Repository
public class TerminalOperatorStore {

    private static final String COLUMNS = "id, terminal_id, operator_no, name, failed_attempts, enabled, created_at,"
            + " updated_at";

    private final DatabaseClient db;

    public TerminalOperatorStore(DatabaseClient db) {
        this.db = db;
    }

    /** The operator's id; a number the terminal has already fails with a DataIntegrityViolationException. */
    public Mono<Long> insert(long terminalId, String operatorNo, String name, String hash, Instant now) {
        return db.sql("INSERT INTO terminal_operator (terminal_id, operator_no, name, password_hash, failed_attempts,"
                        + " enabled, created_at, updated_at) VALUES (:terminal, :no, :name, :hash, 0, :enabled, :at, :at)")
                .bind("terminal", terminalId).bind("no", operatorNo).bind("name", name).bind("hash", hash)
                .bind("enabled", true).bind("at", Utc.toDb(now))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Flux<TerminalOperator> ofTerminal(long terminalId) {
        return db.sql("SELECT " + COLUMNS + " FROM terminal_operator WHERE terminal_id = :terminal ORDER BY operator_no")
                .bind("terminal", terminalId).map(TerminalOperatorStore::operator).all();
    }

    public Mono<TerminalOperator> find(long terminalId, String operatorNo) {
        return db.sql("SELECT " + COLUMNS + " FROM terminal_operator WHERE terminal_id = :terminal AND operator_no = :no")
                .bind("terminal", terminalId).bind("no", operatorNo).map(TerminalOperatorStore::operator).one();
    }

    public Mono<String> hash(long id) {
        return db.sql("SELECT password_hash FROM terminal_operator WHERE id = :id").bind("id", id)
                .map(row -> row.get("password_hash", String.class)).one();
    }

    /** A new password, which also unlocks the operator. */
    public Mono<Boolean> setPassword(long id, String hash, Instant now) {
        return db.sql("UPDATE terminal_operator SET password_hash = :hash, failed_attempts = 0, updated_at = :at"
                        + " WHERE id = :id")
                .bind("hash", hash).bind("at", Utc.toDb(now)).bind("id", id).fetch().rowsUpdated().map(n -> n == 1);
    }

    public Mono<Boolean> setEnabled(long id, boolean enabled, Instant now) {
        return db.sql("UPDATE terminal_operator SET enabled = :enabled, updated_at = :at WHERE id = :id")
                .bind("enabled", enabled).bind("at", Utc.toDb(now)).bind("id", id).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Whether the terminal has an enabled cashier (an operator other than the supervisor 00). */
    public Mono<Boolean> hasCashiers(long terminalId) {
        return db.sql("SELECT COUNT(*) AS n FROM terminal_operator WHERE terminal_id = :terminal AND enabled = :yes"
                        + " AND operator_no <> '00'")
                .bind("terminal", terminalId).bind("yes", true)
                .map(r -> ((Number) r.get("n")).longValue() > 0).one();
    }

    public Mono<Boolean> delete(long id) {
        return db.sql("DELETE FROM terminal_operator WHERE id = :id").bind("id", id).fetch().rowsUpdated()
                .map(n -> n == 1);
    }

    /** One more wrong password, counted in the database so two terminals' attempts at once both count. */
    public Mono<Integer> failed(long id) {
        return db.sql("UPDATE terminal_operator SET failed_attempts = failed_attempts + 1 WHERE id = :id")
                .bind("id", id).fetch().rowsUpdated()
                .then(db.sql("SELECT failed_attempts FROM terminal_operator WHERE id = :id").bind("id", id)
                        .map(row -> row.get("failed_attempts", Integer.class)).one());
    }

    /** A right password clears the count of wrong ones, unless the operator was locked meanwhile. */
    public Mono<Void> succeeded(long id, int maxFailed) {
        return db.sql("UPDATE terminal_operator SET failed_attempts = 0 WHERE id = :id AND failed_attempts > 0"
                        + " AND failed_attempts < :max")
                .bind("id", id).bind("max", maxFailed).then();
    }

    private static TerminalOperator operator(Readable row) {
        return new TerminalOperator(row.get("id", Long.class), row.get("terminal_id", Long.class),
                row.get("operator_no", String.class).trim(), row.get("name", String.class),
                row.get("failed_attempts", Integer.class), Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                Utc.fromDb(row.get("created_at", LocalDateTime.class)),
                Utc.fromDb(row.get("updated_at", LocalDateTime.class)));
    }
}
