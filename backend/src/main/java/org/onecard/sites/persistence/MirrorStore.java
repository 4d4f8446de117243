package org.onecard.sites.persistence;

import io.r2dbc.spi.ConnectionFactory;
import java.time.Instant;
import org.onecard.common.sql.SqlPaging;
import org.onecard.sites.domain.Exchange.FeedEntry;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** site_card_balance (balances of cards whose home is another instance) and the centre's site_feed. */
@Repository
public class MirrorStore {

    /** One mirrored wallet. */
    public record Mirrored(String homeSite, String cardNo, String wallet, long balanceFen, long version) {
    }

    private final DatabaseClient db;
    private final SqlPaging paging;

    public MirrorStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /** Sets the wallet's balance unless a newer version set it already. */
    public Mono<Void> mirror(String homeSite, String cardNo, String wallet, long balanceFen, long version, Instant at) {
        return db.sql("UPDATE site_card_balance SET balance = :balance, version = :version, updated_at = :at"
                        + " WHERE home_site = :site AND card_no = :card AND wallet = :wallet AND version < :version")
                .bind("balance", balanceFen).bind("version", version).bind("at", LinkStore.utc(at))
                .bind("site", homeSite).bind("card", cardNo).bind("wallet", wallet)
                .fetch().rowsUpdated()
                .flatMap(n -> n > 0 ? Mono.<Void>empty() : insertIfMissing(homeSite, cardNo, wallet, balanceFen, version, at));
    }

    private Mono<Void> insertIfMissing(String site, String card, String wallet, long balance, long version, Instant at) {
        return db.sql("SELECT 1 AS one FROM site_card_balance WHERE home_site = :site AND card_no = :card"
                        + " AND wallet = :wallet").bind("site", site).bind("card", card).bind("wallet", wallet)
                .map(row -> true).one().hasElement()
                .flatMap(exists -> exists ? Mono.empty() : db.sql("INSERT INTO site_card_balance (home_site, card_no,"
                                + " wallet, balance, version, updated_at) VALUES (:site, :card, :wallet, :balance, :version, :at)")
                        .bind("site", site).bind("card", card).bind("wallet", wallet).bind("balance", balance)
                        .bind("version", version).bind("at", LinkStore.utc(at)).then());
    }

    public Flux<Mirrored> all(int limit) {
        return db.sql("SELECT home_site, card_no, wallet, balance, version FROM site_card_balance"
                        + " ORDER BY home_site, card_no, wallet" + paging.clause())
                .bind("offset", 0).bind("limit", limit)
                .map(row -> new Mirrored(row.get("home_site", String.class), row.get("card_no", String.class),
                        row.get("wallet", String.class), row.get("balance", Long.class), row.get("version", Long.class)))
                .all();
    }

    /** At the centre, in the apply's transaction: a change every other site will take. */
    public Mono<Void> feed(String originSite, String cardNo, String wallet, long balanceFen, Instant at) {
        return db.sql("INSERT INTO site_feed (origin_site, kind, card_no, wallet, balance, created_at)"
                        + " VALUES (:site, 'BALANCE', :card, :wallet, :balance, :at)")
                .bind("site", originSite).bind("card", cardNo).bind("wallet", wallet).bind("balance", balanceFen)
                .bind("at", LinkStore.utc(at)).then();
    }

    /**
     * Numbers the feed rows committed so far, under the counter row's lock (the caller's transaction):
     * a row committing later gets a later number, so no cursor ever passes over it.
     */
    public Mono<Long> sequenceFeed(int limit) {
        return db.sql("UPDATE site_feed_counter SET last_seq = last_seq WHERE id = 1").then()
                .then(db.sql("SELECT last_seq FROM site_feed_counter WHERE id = 1").map(r -> r.get("last_seq", Long.class)).one())
                .flatMap(last -> db.sql("SELECT id FROM site_feed WHERE seq IS NULL ORDER BY id" + paging.clause())
                        .bind("offset", 0).bind("limit", limit).map(r -> r.get("id", Long.class)).all().collectList()
                        .flatMap(ids -> Flux.range(0, ids.size())
                                .concatMap(i -> db.sql("UPDATE site_feed SET seq = :seq WHERE id = :id")
                                        .bind("seq", last + i + 1).bind("id", ids.get(i)).then())
                                .then(db.sql("UPDATE site_feed_counter SET last_seq = :v WHERE id = 1")
                                        .bind("v", last + ids.size()).then())
                                .thenReturn(last + ids.size())));
    }

    /** Numbered entries after the cursor that did not come from {@code site}. */
    public Flux<FeedEntry> feedAfter(String site, long after, int limit) {
        return db.sql("SELECT seq, origin_site, kind, card_no, wallet, balance FROM site_feed"
                        + " WHERE seq > :after AND origin_site <> :site ORDER BY seq" + paging.clause())
                .bind("after", after).bind("site", site).bind("offset", 0).bind("limit", limit)
                .map(row -> new FeedEntry(row.get("seq", Long.class), row.get("origin_site", String.class),
                        row.get("kind", String.class), row.get("card_no", String.class), row.get("wallet", String.class),
                        row.get("balance", Long.class)))
                .all();
    }

    /** Entries for {@code site} after its cursor, numbered or not yet. */
    public Mono<Long> feedPending(String site, long after) {
        return db.sql("SELECT COUNT(*) AS n FROM site_feed WHERE (seq IS NULL OR seq > :after) AND origin_site <> :site")
                .bind("after", after).bind("site", site).map(row -> row.get("n", Long.class)).one();
    }
}
