package org.onecard.payments.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Refunds of online orders. status PROCESSING until the gateway answers, then SUCCESS or FAILED. */
@Repository
public class RefundStore {

    public record RefundRow(long id, String refundNo, long orderId, long amountFen, String status, Long operatorId,
                            String clientKey, String reason, Long postingId, Long reversalPostingId,
                            Instant createdAt, Instant finishedAt) {
    }

    private static final String SELECT = "SELECT id, refund_no, order_id, amount_fen, status, operator_id, client_key,"
            + " reason, posting_id, reversal_posting_id, created_at, finished_at FROM payment_refund";

    private final DatabaseClient db;

    public RefundStore(DatabaseClient db) {
        this.db = db;
    }

    /** A second refund under the same client key fails with DataIntegrityViolation. */
    public Mono<Void> insert(String refundNo, long orderId, long amountFen, Long operatorId, String clientKey,
                             String reason, long postingId, Instant at) {
        var spec = db.sql("INSERT INTO payment_refund (refund_no, order_id, amount_fen, status, operator_id, client_key,"
                        + " reason, posting_id, created_at) VALUES (:no, :order, :amount, 'PROCESSING', :operator, :key,"
                        + " :reason, :posting, :at)")
                .bind("no", refundNo).bind("order", orderId).bind("amount", amountFen)
                .bind("key", clientKey).bind("posting", postingId).bind("at", Utc.toDb(at));
        spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
        // null: a terminal's reversal, not a card-centre operator, asked for it
        spec = operatorId == null ? spec.bindNull("operator", Long.class) : spec.bind("operator", operatorId);
        return spec.then();
    }

    public Mono<RefundRow> findByClientKey(String clientKey) {
        return db.sql(SELECT + " WHERE client_key = :key").bind("key", clientKey).map(RefundStore::toRow).one();
    }

    public Mono<RefundRow> findByNo(String refundNo) {
        return db.sql(SELECT + " WHERE refund_no = :no").bind("no", refundNo).map(RefundStore::toRow).one();
    }

    /** The refunds of one order, oldest first. */
    public Flux<RefundRow> ofOrder(long orderId) {
        return db.sql(SELECT + " WHERE order_id = :order ORDER BY id").bind("order", orderId).map(RefundStore::toRow).all();
    }

    /** Ends a refund still PROCESSING; false when another call ended it first. */
    public Mono<Boolean> finish(long id, String status, Long reversalPostingId, Instant at) {
        var spec = db.sql("UPDATE payment_refund SET status = :status, reversal_posting_id = :reversal, finished_at = :at"
                        + " WHERE id = :id AND status = 'PROCESSING'")
                .bind("status", status).bind("at", Utc.toDb(at)).bind("id", id);
        spec = reversalPostingId == null ? spec.bindNull("reversal", Long.class) : spec.bind("reversal", reversalPostingId);
        return spec.fetch().rowsUpdated().map(n -> n == 1);
    }

    private static RefundRow toRow(Readable row) {
        return new RefundRow(row.get("id", Long.class), row.get("refund_no", String.class),
                row.get("order_id", Long.class), row.get("amount_fen", Long.class), row.get("status", String.class),
                row.get("operator_id", Long.class), row.get("client_key", String.class), row.get("reason", String.class),
                row.get("posting_id", Long.class), row.get("reversal_posting_id", Long.class),
                Utc.fromDb(row.get("created_at", LocalDateTime.class)),
                Utc.fromDb(row.get("finished_at", LocalDateTime.class)));
    }
}
