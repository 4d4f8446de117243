package org.onecard.paycode.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Issued pay codes (table {@code pay_code}). A code is used by exactly one conditional update that
 * writes the idempotency key of the request that used it, so that request (and only it) finds the
 * code its own however often it is repeated.
 */
@Repository
public class PayCodeStore {

    /** One issued code; usedKey and supersededBy are null while it can still be used. */
    public record PayCodeRow(long id, long personId, long cardId, String nonce, Instant expiresAt, Long supersededBy,
                             String usedKey) {
    }

    private final DatabaseClient db;

    public PayCodeStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Long> insert(long personId, long cardId, String nonce, Instant issuedAt, Instant expiresAt) {
        return db.sql("INSERT INTO pay_code (person_id, card_id, nonce, issued_at, expires_at)"
                        + " VALUES (:person, :card, :nonce, :issued, :expires)")
                .bind("person", personId).bind("card", cardId).bind("nonce", nonce)
                .bind("issued", Utc.toDb(issuedAt)).bind("expires", Utc.toDb(expiresAt))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    /** The person's older codes that are neither used nor replaced are replaced by {@code newest}. */
    public Mono<Long> supersede(long personId, long newest) {
        return db.sql("UPDATE pay_code SET superseded_by = :newest WHERE person_id = :person AND id < :newest"
                        + " AND used_key IS NULL AND superseded_by IS NULL")
                .bind("newest", newest).bind("person", personId).fetch().rowsUpdated();
    }

    public Mono<PayCodeRow> find(long id) {
        return db.sql("SELECT id, person_id, card_id, nonce, expires_at, superseded_by, used_key FROM pay_code"
                        + " WHERE id = :id").bind("id", id).map(PayCodeStore::toRow).one();
    }

    /** Uses the code for {@code key}; false when it was used, replaced or expired first. */
    public Mono<Boolean> use(long id, String key, Instant now) {
        return db.sql("UPDATE pay_code SET used_key = :key, used_at = :now WHERE id = :id AND used_key IS NULL"
                        + " AND superseded_by IS NULL AND expires_at > :now")
                .bind("key", key).bind("now", Utc.toDb(now)).bind("id", id)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    /**
     * Forgets the codes that ran out unused before {@code expiredBefore} (one row per code the mobile
     * page asks for, most never scanned); a code that paid is kept with its key.
     */
    public Mono<Long> forgetUnused(Instant expiredBefore) {
        return db.sql("DELETE FROM pay_code WHERE used_key IS NULL AND expires_at < :before")
                .bind("before", Utc.toDb(expiredBefore)).fetch().rowsUpdated();
    }

    private static PayCodeRow toRow(Readable row) {
        String usedKey = row.get("used_key", String.class);
        return new PayCodeRow(row.get("id", Long.class), row.get("person_id", Long.class),
                row.get("card_id", Long.class), row.get("nonce", String.class).trim(),
                Utc.fromDb(row.get("expires_at", LocalDateTime.class)), row.get("superseded_by", Long.class),
                usedKey == null ? null : usedKey.trim());
    }
}
