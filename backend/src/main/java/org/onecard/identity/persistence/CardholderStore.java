package org.onecard.identity.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.onecard.identity.domain.LoginAccount;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for cardholders' mobile-page passwords (cardholder_credential, keyed by person). */
@Repository
public class CardholderStore {

    /** person.status of someone who may sign in; the people package owns the other values. */
    private static final String ACTIVE = "ACTIVE";

    private static final String SELECT_LOGIN = "SELECT p.id, p.name, p.status, c.password_hash, c.locked_until"
            + " FROM person p JOIN cardholder_credential c ON c.person_id = p.id";

    private final DatabaseClient db;
    private final FailedLogins failedLogins;

    public CardholderStore(DatabaseClient db) {
        this.db = db;
        this.failedLogins = new FailedLogins(db, "cardholder_credential", "person_id");
    }

    /** Empty when no person has this employee number or they have no password yet. */
    public Mono<LoginAccount> findLogin(String employeeNo) {
        return db.sql(SELECT_LOGIN + " WHERE p.employee_no = :employeeNo").bind("employeeNo", employeeNo)
                .map(CardholderStore::toLogin).one();
    }

    public Mono<LoginAccount> findLogin(long personId) {
        return db.sql(SELECT_LOGIN + " WHERE p.id = :id").bind("id", personId).map(CardholderStore::toLogin).one();
    }

    /** Replaces the password and lifts any lock; false when there was no credential to replace. */
    public Mono<Boolean> updatePassword(long personId, String passwordHash) {
        return db.sql("UPDATE cardholder_credential SET password_hash = :hash, failed_attempts = 0, locked_until = NULL"
                        + " WHERE person_id = :id")
                .bind("hash", passwordHash).bind("id", personId)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    public Mono<Void> insertPassword(long personId, String passwordHash) {
        return db.sql("INSERT INTO cardholder_credential (person_id, password_hash, failed_attempts, locked_until)"
                        + " VALUES (:id, :hash, 0, NULL)")
                .bind("id", personId).bind("hash", passwordHash)
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> recordFailure(long personId, int max, Instant lockUntil) {
        return failedLogins.recordFailure(personId, max, lockUntil);
    }

    public Mono<Void> clearFailures(long personId) {
        return failedLogins.clear(personId);
    }

    public Mono<Instant> lockedUntil(long personId) {
        return failedLogins.lockedUntil(personId);
    }

    private static LoginAccount toLogin(Readable row) {
        return new LoginAccount(
                row.get("id", Long.class),
                row.get("name", String.class),
                row.get("password_hash", String.class),
                ACTIVE.equals(row.get("status", String.class)),
                Utc.fromDb(row.get("locked_until", LocalDateTime.class)),
                false,
                null);
    }
}
