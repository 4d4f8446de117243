package org.onecard.terminal.purchase;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
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
    }

    private final DatabaseClient db;
    private final BusinessClock clock;

    TerminalReplies(DatabaseClient db, BusinessClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The reply kept under the request's key (or "94" when kept for other content); empty when none. */
    Mono<IsoMessage> first(IsoMessage request, PurchaseRequest purchase) {
        return find(purchase.key()).map(stored -> answer(stored, request, purchase));
    }

    /** Keeps the reply unless the key already holds one, and returns what the key then holds. */
    Mono<IsoMessage> keep(IsoMessage request, PurchaseRequest purchase, IsoMessage reply) {
        Stored mine = new Stored(ReplyText.hash(request, purchase), ReplyText.encode(reply));
        return db.sql("INSERT INTO terminal_reply (idem_key, request_hash, response_code, reply_fields, created_at)"
                        + " VALUES (:key, :hash, :code, :fields, :at)")
                .bind("key", purchase.key()).bind("hash", mine.hash()).bind("code", reply.text(39))
                .bind("fields", mine.fields()).bind("at", utc(clock.now()))
                .fetch().rowsUpdated().thenReturn(reply)
                .onErrorResume(DuplicateKeyException.class, e -> first(request, purchase));
    }

    private Mono<Stored> find(String key) {
        return db.sql("SELECT request_hash, reply_fields FROM terminal_reply WHERE idem_key = :key").bind("key", key)
                .map(row -> new Stored(row.get("request_hash", String.class).trim(),
                        row.get("reply_fields", String.class)))
                .one();
    }

    private static IsoMessage answer(Stored stored, IsoMessage request, PurchaseRequest purchase) {
        if (!stored.hash().equals(ReplyText.hash(request, purchase))) {
            return PurchaseReplies.of(request, Answer.refused(ResultCode.IDEMPOTENCY_CONFLICT));
        }
        return ReplyText.decode(request, stored.fields());
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
