package org.onecard.sites.persistence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.r2dbc.spi.ConnectionFactory;
import org.onecard.common.sql.SqlPaging;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.sites.domain.Exchange.UpRecord;
import org.onecard.sites.domain.Exchange.WalletLine;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Reads a booked posting as the record a site sends up: the ledger rows never change once
 * written, so the record is the same whenever it is read. A wallet is named by its owner's latest
 * card (a person without a card by {@code P<person id>}).
 */
@Repository
public class PostingRecords {

    private record Leg(long debit, long credit, long amount, String code, Long debitAfter, Long creditAfter) {
    }

    private record Wallet(long id, String kind, long ownerId) {
    }

    /** A cardholder wallet of this instance under the name it goes up with. */
    public record OwnWallet(String cardNo, String wallet, long balanceFen) {
    }

    private final DatabaseClient db;
    private final SqlPaging paging;

    public PostingRecords(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /** This instance's cardholder wallets (the first {@code limit}), named as their records name them. */
    public Mono<List<OwnWallet>> ownWallets(int limit) {
        return db.sql("SELECT id, kind, owner_id, balance FROM ledger_account WHERE owner_type = 'PERSON'"
                        + " AND kind IN ('CASH_WALLET', 'SUBSIDY_WALLET', 'POINTS_WALLET') ORDER BY id" + paging.clause())
                .bind("offset", 0).bind("limit", limit)
                .map(row -> Map.entry(new Wallet(row.get("id", Long.class), row.get("kind", String.class),
                        row.get("owner_id", Long.class)), row.get("balance", Long.class)))
                .all().collectList()
                .flatMap(rows -> cardNos(rows.stream().map(Map.Entry::getKey).toList()).map(cards -> rows.stream()
                        .map(e -> new OwnWallet(cards.getOrDefault(e.getKey().ownerId(), "P" + e.getKey().ownerId()),
                                e.getKey().kind(), e.getValue()))
                        .toList()));
    }

    public Mono<UpRecord> read(long postingId, long seq) {
        Mono<Object[]> posting = db.sql("SELECT idem_key, occurred_at FROM ledger_posting WHERE id = :id")
                .bind("id", postingId)
                .map(row -> new Object[] {row.get("idem_key", String.class), row.get("occurred_at", LocalDateTime.class)})
                .one();
        Mono<List<Leg>> legs = db.sql("SELECT debit_account_id, credit_account_id, amount, code, debit_balance_after,"
                        + " credit_balance_after FROM ledger_transfer WHERE posting_id = :id ORDER BY seq")
                .bind("id", postingId)
                .map(row -> new Leg(row.get("debit_account_id", Long.class), row.get("credit_account_id", Long.class),
                        row.get("amount", Long.class), row.get("code", String.class),
                        row.get("debit_balance_after", Long.class), row.get("credit_balance_after", Long.class)))
                .all().collectList();
        return Mono.zip(posting, legs).flatMap(t -> lines(t.getT2()).map(lines -> new UpRecord(seq,
                (String) t.getT1()[0], t.getT2().isEmpty() ? "RECORD" : t.getT2().get(0).code(),
                ((LocalDateTime) t.getT1()[1]).toInstant(ZoneOffset.UTC), lines)));
    }

    private Mono<List<WalletLine>> lines(List<Leg> legs) {
        if (legs.isEmpty()) {
            return Mono.just(List.of());
        }
        List<Long> ids = legs.stream().flatMap(l -> java.util.stream.Stream.of(l.debit(), l.credit())).distinct().toList();
        return db.sql("SELECT id, kind, owner_id FROM ledger_account WHERE id IN (:ids) AND owner_type = 'PERSON'")
                .bind("ids", ids)
                .map(row -> new Wallet(row.get("id", Long.class), row.get("kind", String.class),
                        row.get("owner_id", Long.class)))
                .all().filter(w -> AccountKind.valueOf(w.kind()).isWallet())
                .collectMap(Wallet::id)
                .flatMap(wallets -> cardNos(wallets.values()).map(cards -> walk(legs, wallets, cards)));
    }

    /** Each wallet's net change over the legs, and its balance after the last leg that touched it. */
    private static List<WalletLine> walk(List<Leg> legs, Map<Long, Wallet> wallets, Map<Long, String> cards) {
        Map<Long, long[]> net = new LinkedHashMap<>();
        for (Leg leg : legs) {
            if (wallets.containsKey(leg.debit())) {
                long[] d = net.computeIfAbsent(leg.debit(), id -> new long[2]);
                d[0] = Math.subtractExact(d[0], leg.amount());
                d[1] = leg.debitAfter();
            }
            if (wallets.containsKey(leg.credit())) {
                long[] d = net.computeIfAbsent(leg.credit(), id -> new long[2]);
                d[0] = Math.addExact(d[0], leg.amount());
                d[1] = leg.creditAfter();
            }
        }
        List<WalletLine> lines = new ArrayList<>();
        net.forEach((id, d) -> {
            Wallet w = wallets.get(id);
            lines.add(new WalletLine(cards.getOrDefault(w.ownerId(), "P" + w.ownerId()), w.kind(), d[0], d[1]));
        });
        return lines;
    }

    private Mono<Map<Long, String>> cardNos(java.util.Collection<Wallet> wallets) {
        List<Long> people = wallets.stream().map(Wallet::ownerId).distinct().toList();
        if (people.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT person_id, card_no FROM card WHERE id IN"
                        + " (SELECT MAX(id) FROM card WHERE person_id IN (:people) GROUP BY person_id)")
                .bind("people", people)
                .map(row -> Map.entry(row.get("person_id", Long.class), row.get("card_no", String.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }
}
