package org.onecard.ledger.persistence;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Opens and reads ledger accounts. */
@Repository
public class AccountStore {

    /**
     * A counter-account's balance is the sum of its transfers; a wallet's is stored. The
     * subqueries keep the statement portable (no vendor-specific upsert or window syntax).
     */
    private static final String SELECT_ACCOUNT = "SELECT a.id, a.kind, a.owner_type, a.owner_id, a.name,"
            + " CASE WHEN a.tracks_balance = :tracked THEN a.balance ELSE"
            + " (SELECT COALESCE(SUM(c.amount), 0) FROM ledger_transfer c WHERE c.credit_account_id = a.id)"
            + " - (SELECT COALESCE(SUM(d.amount), 0) FROM ledger_transfer d WHERE d.debit_account_id = a.id) END AS balance"
            + " FROM ledger_account a";

    private final DatabaseClient db;
    private final Clock clock;

    public AccountStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens the account for this owner and kind, or returns the one already open. */
    public Mono<Long> open(AccountKind kind, String ownerType, long ownerId, String name) {
        return findId(kind, ownerType, ownerId)
                .switchIfEmpty(Mono.defer(() -> insert(kind, ownerType, ownerId, name)))
                .onErrorResume(DataIntegrityViolationException.class, e -> findId(kind, ownerType, ownerId));
    }

    private Mono<Long> findId(AccountKind kind, String ownerType, long ownerId) {
        return db.sql("SELECT id FROM ledger_account WHERE kind = :kind AND owner_type = :ownerType AND owner_id = :ownerId")
                .bind("kind", kind.name()).bind("ownerType", ownerType).bind("ownerId", ownerId)
                .map(row -> row.get("id", Long.class))
                .one();
    }

    private Mono<Long> insert(AccountKind kind, String ownerType, long ownerId, String name) {
        return db.sql("INSERT INTO ledger_account (kind, unit, owner_type, owner_id, name, tracks_balance, balance, created_at)"
                        + " VALUES (:kind, :unit, :ownerType, :ownerId, :name, :tracks, 0, :createdAt)")
                .bind("kind", kind.name())
                .bind("unit", kind.unit().name())
                .bind("ownerType", ownerType)
                .bind("ownerId", ownerId)
                .bind("name", name)
                .bind("tracks", kind.isWallet())
                .bind("createdAt", LocalDateTime.now(clock))
                .filter(s -> s.returnGeneratedValues("id"))
                .map(row -> row.get("id", Long.class))
                .one();
    }

    public Mono<Account> find(long id) {
        return db.sql(SELECT_ACCOUNT + " WHERE a.id = :id")
                .bind("tracked", true).bind("id", id)
                .map(AccountStore::toAccount)
                .one();
    }

    public Flux<Account> findByOwner(String ownerType, long ownerId) {
        return db.sql(SELECT_ACCOUNT + " WHERE a.owner_type = :ownerType AND a.owner_id = :ownerId ORDER BY a.id")
                .bind("tracked", true).bind("ownerType", ownerType).bind("ownerId", ownerId)
                .map(AccountStore::toAccount)
                .all();
    }

    public Flux<Account> findByOwners(String ownerType, Collection<Long> ownerIds) {
        return db.sql(SELECT_ACCOUNT + " WHERE a.owner_type = :ownerType AND a.owner_id IN (:ownerIds) ORDER BY a.id")
                .bind("tracked", true).bind("ownerType", ownerType).bind("ownerIds", ownerIds)
                .map(AccountStore::toAccount)
                .all();
    }

    private static Account toAccount(Readable row) {
        return new Account(
                row.get("id", Long.class),
                AccountKind.valueOf(row.get("kind", String.class)),
                row.get("owner_type", String.class),
                row.get("owner_id", Long.class),
                row.get("name", String.class),
                ((Number) row.get("balance")).longValue());
    }
}
