package org.onecard.identity.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.domain.RefreshTokenRecord;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for refresh_token. Only SHA-256 digests of tokens are stored. */
@Repository
public class RefreshTokenStore {

    private static final String SELECT = "SELECT id, family_id, principal_kind, principal_id, expires_at, used_at,"
            + " revoked_at FROM refresh_token";

    private final DatabaseClient db;

    public RefreshTokenStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(String hash, String familyId, PrincipalKind kind, long principalId, Instant issuedAt,
                             Instant expiresAt) {
        return db.sql("INSERT INTO refresh_token (token_hash, family_id, principal_kind, principal_id, issued_at,"
                        + " expires_at, used_at, revoked_at) VALUES (:hash, :family, :kind, :principalId, :issuedAt,"
                        + " :expiresAt, NULL, NULL)")
                .bind("hash", hash).bind("family", familyId).bind("kind", kind.name()).bind("principalId", principalId)
                .bind("issuedAt", Utc.toDb(issuedAt)).bind("expiresAt", Utc.toDb(expiresAt))
                .fetch().rowsUpdated().then();
    }

    public Mono<RefreshTokenRecord> findByHash(String hash) {
        return db.sql(SELECT + " WHERE token_hash = :hash").bind("hash", hash).map(RefreshTokenStore::toRecord).one();
    }

    public Mono<RefreshTokenRecord> findById(long id) {
        return db.sql(SELECT + " WHERE id = :id").bind("id", id).map(RefreshTokenStore::toRecord).one();
    }

    private static RefreshTokenRecord toRecord(Readable row) {
        return new RefreshTokenRecord(
                row.get("id", Long.class),
                row.get("family_id", String.class),
                PrincipalKind.valueOf(row.get("principal_kind", String.class)),
                row.get("principal_id", Long.class),
                Utc.fromDb(row.get("expires_at", LocalDateTime.class)),
                Utc.fromDb(row.get("used_at", LocalDateTime.class)),
                Utc.fromDb(row.get("revoked_at", LocalDateTime.class)));
    }

    /**
     * Spends the token if nobody has: one conditional UPDATE, so of two concurrent requests
     * with the same token exactly one gets true.
     */
    public Mono<Boolean> claim(long id, Instant now) {
        return db.sql("UPDATE refresh_token SET used_at = :now"
                        + " WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
                .bind("now", Utc.toDb(now)).bind("id", id)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    /** Ends a login: every token of the family stops working. */
    /** Ends every session of this principal (a password changed or reset): no refresh token of theirs works again. */
    public Mono<Void> revokeAll(PrincipalKind kind, long principalId, Instant now) {
        return db.sql("UPDATE refresh_token SET revoked_at = :now WHERE principal_kind = :kind"
                        + " AND principal_id = :principalId AND revoked_at IS NULL")
                .bind("now", Utc.toDb(now)).bind("kind", kind.name()).bind("principalId", principalId).then();
    }

    public Mono<Void> revokeFamily(String familyId, Instant now) {
        return db.sql("UPDATE refresh_token SET revoked_at = :now WHERE family_id = :family AND revoked_at IS NULL")
                .bind("now", Utc.toDb(now)).bind("family", familyId)
                .fetch().rowsUpdated().then();
    }
}
