package org.onecard.terminal.purchase;

import java.util.List;
import java.util.Map;
import org.onecard.common.sql.CoalescedReads;
import org.onecard.common.error.ResultCode;
import org.onecard.common.sql.Utc;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The first 0210 given under a request's idempotency key (table {@code terminal_reply}): a repeat
 * with the same content gets that reply again, another request under the key gets "94". Kept for
 * refusals decided before booking; approvals and booking declines are replayed from the ledger.
 */
@Repository
class TerminalReplies {

    private record Stored(String hash, String fields) {

        /** An approval keeps only this marker: its answer lives with the posting in the ledger. */
        boolean approval() {
            return fields.isEmpty();
        }
    }

    /** The key already holds a reply: the approval that tried to claim it rolls back. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken(String key) {
            super("Reply key " + key + " is taken", null, false, false);
        }
    }

    private final DatabaseClient db;
    private final BusinessClock clock;
    private final CoalescedReads<String, Stored> byKey = new CoalescedReads<>(200, 2, this::findAll);

    TerminalReplies(DatabaseClient db, BusinessClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The reply kept under the request's key (or "94" when kept for other content); empty when
     * none, or when the key holds an approval, whose answer the ledger replays.
     */
    Mono<IsoMessage> first(IsoMessage request, PurchaseRequest purchase) {
        return find(purchase.key()).flatMap(stored -> stored.approval()
                && stored.hash().equals(ReplyText.hash(request, purchase))
                ? Mono.<IsoMessage>empty() : Mono.just(answer(stored, request, purchase)));
    }

    /**
     * Inside an approval's posting transaction: takes the key for the approval, so a refusal and an
     * approval of the same key cannot both stand; fails with {@link KeyTaken} when a reply is kept.
     */
    Mono<Void> claimForApproval(IsoMessage request, PurchaseRequest purchase) {
        return db.sql("INSERT INTO terminal_reply (idem_key, request_hash, response_code, reply_fields, created_at)"
                        + " VALUES (:key, :hash, :code, :fields, :at)")
                .bind("key", purchase.key()).bind("hash", ReplyText.hash(request, purchase)).bind("code", "00")
                .bind("fields", "").bind("at", Utc.toDb(clock.now()))
                .fetch().rowsUpdated().then()
                .onErrorMap(DuplicateKeyException.class, e -> new KeyTaken(purchase.key()));
    }

    /**
     * {@link #claimForApproval} for a batch of approvals in one statement (keys and hashes bound, at
     * most a few hundred); fails with {@link KeyTaken} when any key holds a reply, and the batch rolls back.
     */
    Mono<Void> claimAllForApproval(List<Approval> approvals) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO terminal_reply (idem_key, request_hash, response_code, reply_fields, created_at) VALUES ");
        for (int i = 0; i < approvals.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:k").append(i).append(", :h").append(i).append(", '00', '', :at)");
        }
        GenericExecuteSpec spec = db.sql(sql.toString()).bind("at", Utc.toDb(clock.now()));
        for (int i = 0; i < approvals.size(); i++) {
            Approval a = approvals.get(i);
            spec = spec.bind("k" + i, a.request().key()).bind("h" + i, ReplyText.hash(a.message(), a.request()));
        }
        return spec.fetch().rowsUpdated().then()
                .onErrorMap(DuplicateKeyException.class, e -> new KeyTaken(approvals.get(0).request().key()));
    }

    /** Keeps the reply unless the key already holds one, and returns what the key then holds. */
    Mono<IsoMessage> keep(IsoMessage request, PurchaseRequest purchase, IsoMessage reply) {
        Stored mine = new Stored(ReplyText.hash(request, purchase), ReplyText.encode(reply));
        return db.sql("INSERT INTO terminal_reply (idem_key, request_hash, response_code, reply_fields, created_at)"
                        + " VALUES (:key, :hash, :code, :fields, :at)")
                .bind("key", purchase.key()).bind("hash", mine.hash()).bind("code", reply.text(39))
                .bind("fields", mine.fields()).bind("at", Utc.toDb(clock.now()))
                .fetch().rowsUpdated().thenReturn(reply)
                // taken by a twin: its refusal (or 94), or empty when an approval took it
                .onErrorResume(DuplicateKeyException.class, e -> first(request, purchase));
    }

    /** What a key holds, as a reversal of it sees it. */
    enum Held { APPROVAL, REFUSAL, OTHER_CONTENT }

    /** What the original's key holds for a reversal repeating its content; empty when nothing. */
    Mono<Held> held(IsoMessage reversal, PurchaseRequest original) {
        return find(original.key()).map(stored -> !stored.hash().equals(ReplyText.hash(reversal, original))
                ? Held.OTHER_CONTENT : stored.approval() ? Held.APPROVAL : Held.REFUSAL);
    }

    /**
     * A reversal of a request never seen leaves a tombstone under the original's key: the late
     * original gets {@link ResultCode#TRANSACTION_REVERSED}. False when the key holds a reply already.
     */
    Mono<Boolean> tombstone(IsoMessage reversal, PurchaseRequest original) {
        IsoMessage lateReply = PurchaseReplies.of(reversal, Answer.refused(ResultCode.TRANSACTION_REVERSED))
                .toBuilder().mti("0210").set(11, original.trace()).remove(90).build();
        return db.sql("INSERT INTO terminal_reply (idem_key, request_hash, response_code, reply_fields, created_at)"
                        + " VALUES (:key, :hash, :code, :fields, :at)")
                .bind("key", original.key()).bind("hash", ReplyText.hash(reversal, original))
                .bind("code", lateReply.text(39)).bind("fields", ReplyText.encode(lateReply))
                .bind("at", Utc.toDb(clock.now()))
                .fetch().rowsUpdated().map(n -> n == 1)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    /** Never inside a transaction here: look-ups that arrive together go as one statement. */
    private Mono<Stored> find(String key) {
        return byKey.read(key);
    }

    private Mono<Map<String, Stored>> findAll(List<String> keys) {
        return db.sql("SELECT idem_key, request_hash, reply_fields FROM terminal_reply WHERE idem_key IN (:keys)")
                .bind("keys", keys)
                .map(row -> Map.entry(row.get("idem_key", String.class), new Stored(
                        row.get("request_hash", String.class).trim(), row.get("reply_fields", String.class))))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static IsoMessage answer(Stored stored, IsoMessage request, PurchaseRequest purchase) {
        if (!stored.hash().equals(ReplyText.hash(request, purchase))) {
            return PurchaseReplies.of(request, Answer.refused(ResultCode.IDEMPOTENCY_CONFLICT));
        }
        return ReplyText.decode(request, stored.fields());
    }

}
