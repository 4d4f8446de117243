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

    /**
     * By employee number, else by the number of any card the person was ever given: a lost,
     * cancelled or replaced card's number still names its holder (the password is what admits
     * them). An employee number wins over someone else's equal card number. Empty when neither
     * names a person with a password.
     */
    public Mono<LoginAccount> findLogin(String employeeOrCardNo) {
        return db.sql(SELECT_LOGIN + " WHERE p.employee_no = :name").bind("name", employeeOrCardNo)
                .map(CardholderStore::toLogin).one()
                .switchIfEmpty(Mono.defer(() -> db.sql(SELECT_LOGIN
                                + " JOIN card k ON k.person_id = p.id WHERE k.card_no = :name")
                        .bind("name", employeeOrCardNo).map(CardholderStore::toLogin).one()));
    }

    public Mono<LoginAccount> findLogin(long personId) {
        return db.sql(SELECT_LOGIN + " WHERE p.id = :id").bind("id", personId).map(CardholderStore::toLogin).one();
    }

    /**
     * Replaces the password and lifts any lock; false when there was no credential to replace.
     * {@code mustChange}: the card centre chose it, so the cardholder must replace it first.
     */
    public Mono<Boolean> updatePassword(long personId, String passwordHash, boolean mustChange) {
        return db.sql("UPDATE cardholder_credential SET password_hash = :hash, failed_attempts = 0, locked_until = NULL,"
                        + " must_change = :mustChange WHERE person_id = :id")
                .bind("hash", passwordHash).bind("mustChange", mustChange).bind("id", personId)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    public Mono<Void> insertPassword(long personId, String passwordHash, boolean mustChange) {
        return db.sql("INSERT INTO cardholder_credential (person_id, password_hash, failed_attempts, locked_until,"
                        + " must_change) VALUES (:id, :hash, 0, NULL, :mustChange)")
                .bind("id", personId).bind("hash", passwordHash).bind("mustChange", mustChange)
                .fetch().rowsUpdated().then();
    }

    /** Whether the password in use is one the card centre set; false without a credential. */
    public Mono<Boolean> mustChange(long personId) {
        return db.sql("SELECT must_change FROM cardholder_credential WHERE person_id = :id").bind("id", personId)
                .map(row -> Boolean.TRUE.equals(row.get("must_change", Boolean.class))).one()
                .defaultIfEmpty(false);
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
