package org.onecard.identity.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.onecard.common.sql.Utc;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The wrong-password counter and lock shared by operator and cardholder_credential. Each change
 * is one UPDATE, so concurrent wrong guesses cannot lose a count. The lock is assigned before
 * the counter, and neither assignment reads a column the other writes, so the statement means
 * the same under MySQL's left-to-right SET and the standard's all-at-once SET.
 */
final class FailedLogins {

    private final DatabaseClient db;
    private final String recordFailure;
    private final String clear;
    private final String lockedUntil;

    /** Table and key are constants of the calling store, never input. */
    FailedLogins(DatabaseClient db, String table, String key) {
        this.db = db;
        this.recordFailure = "UPDATE " + table + " SET"
                + " locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :lockUntil ELSE locked_until END,"
                + " failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END"
                + " WHERE " + key + " = :id";
        this.clear = "UPDATE " + table + " SET failed_attempts = 0, locked_until = NULL WHERE " + key + " = :id"
                + " AND (failed_attempts <> 0 OR locked_until IS NOT NULL)";
        this.lockedUntil = "SELECT locked_until FROM " + table + " WHERE " + key + " = :id";
    }

    /** Counts a failure; reaching {@code max} locks until {@code lockUntil} and starts the count again. */
    Mono<Void> recordFailure(long id, int max, Instant lockUntil) {
        return db.sql(recordFailure)
                .bind("max", max).bind("lockUntil", Utc.toDb(lockUntil)).bind("id", id)
                .fetch().rowsUpdated().then();
    }

    /** A successful sign-in forgets earlier failures; writes nothing when there were none. */
    Mono<Void> clear(long id) {
        return db.sql(clear).bind("id", id).fetch().rowsUpdated().then();
    }

    /** Empty when not locked (or never locked). */
    Mono<Instant> lockedUntil(long id) {
        return db.sql(lockedUntil).bind("id", id)
                .map(row -> Optional.ofNullable(Utc.fromDb(row.get("locked_until", LocalDateTime.class))))
                .one()
                .flatMap(Mono::justOrEmpty);
    }
}
