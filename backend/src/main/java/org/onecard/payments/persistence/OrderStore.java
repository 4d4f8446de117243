package org.onecard.payments.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.SqlPaging;
import org.onecard.common.sql.Utc;
import org.onecard.payments.domain.OrderStatus;
import org.onecard.payments.domain.PayMode;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Payment orders. Every change of status is one conditional UPDATE on the status it leaves. */
@Repository
public class OrderStore {

    private static final String SELECT = "SELECT id, order_no, person_id, channel, amount_fen, status, client_key,"
            + " request_hash, pay_mode, pay_url, gateway_trade_no, posting_id, refunded_fen, created_at, expires_at, paid_at,"
            + " closed_at FROM payment_order";

    private final DatabaseClient db;
    private final SqlPaging paging;

    public OrderStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /**
     * Inserts a new order; a second order under the same (person, client key) fails with
     * DataIntegrityViolation, and so does a second terminal order under the same terminal request
     * key (a terminal's order has no person, and its client key is that request's key).
     */
    public Mono<Long> insert(PaymentOrder o) {
        var spec = db.sql("INSERT INTO payment_order (order_no, person_id, channel, amount_fen, status, client_key,"
                        + " terminal_key, request_hash, pay_mode, refunded_fen, created_at, expires_at) VALUES (:no,"
                        + " :person, :channel, :amount, :status, :key, :terminal, :hash, :mode, 0, :created, :expires)")
                .bind("no", o.orderNo()).bind("channel", o.channel().name())
                .bind("amount", o.amountFen()).bind("status", o.status().name()).bind("key", o.clientKey())
                .bind("hash", o.requestHash()).bind("created", Utc.toDb(o.createdAt()))
                .bind("expires", Utc.toDb(o.expiresAt()));
        spec = o.payMode() == null ? spec.bindNull("mode", String.class) : spec.bind("mode", o.payMode().name());
        spec = o.atTerminal() ? spec.bindNull("person", Long.class).bind("terminal", o.clientKey())
                : spec.bind("person", o.personId()).bindNull("terminal", String.class);
        return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<PaymentOrder> findByTerminalKey(String terminalKey) {
        return db.sql(SELECT + " WHERE terminal_key = :key").bind("key", terminalKey).map(OrderStore::toOrder).one();
    }

    public Mono<Void> setPayUrl(long id, String payUrl) {
        return db.sql("UPDATE payment_order SET pay_url = :url WHERE id = :id").bind("url", payUrl).bind("id", id)
                .then();
    }

    public Mono<PaymentOrder> find(long id) {
        return db.sql(SELECT + " WHERE id = :id").bind("id", id).map(OrderStore::toOrder).one();
    }

    public Mono<PaymentOrder> findByNo(String orderNo) {
        return db.sql(SELECT + " WHERE order_no = :no").bind("no", orderNo).map(OrderStore::toOrder).one();
    }

    public Mono<PaymentOrder> findByClientKey(long personId, String clientKey) {
        return db.sql(SELECT + " WHERE person_id = :person AND client_key = :key")
                .bind("person", personId).bind("key", clientKey).map(OrderStore::toOrder).one();
    }

    public Mono<Long> countOpen(long personId) {
        return db.sql("SELECT COUNT(*) AS n FROM payment_order WHERE person_id = :person AND status = 'CREATED'")
                .bind("person", personId).map(row -> row.get("n", Long.class)).one();
    }

    /** Marks the order paid by this posting, from CREATED or CLOSED; false when it was not waiting. */
    public Mono<Boolean> markPaid(long id, String gatewayTradeNo, long postingId, Instant paidAt) {
        return db.sql("UPDATE payment_order SET status = 'PAID', gateway_trade_no = :trade, posting_id = :posting,"
                        + " paid_at = :paid WHERE id = :id AND status IN ('CREATED', 'CLOSED')")
                .bind("trade", gatewayTradeNo).bind("posting", postingId).bind("paid", Utc.toDb(paidAt)).bind("id", id)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    public Mono<Boolean> markClosed(long id, Instant at) {
        return db.sql("UPDATE payment_order SET status = 'CLOSED', closed_at = :at WHERE id = :id AND status = 'CREATED'")
                .bind("at", Utc.toDb(at)).bind("id", id).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Adds a refund, if the order still has that much to refund; false otherwise. */
    public Mono<Boolean> addRefund(long id, long amountFen) {
        return db.sql("UPDATE payment_order SET status = 'REFUNDED', refunded_fen = refunded_fen + :amount"
                        + " WHERE id = :id AND status IN ('PAID', 'REFUNDED') AND refunded_fen + :amount <= amount_fen")
                .bind("amount", amountFen).bind("id", id).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Gives back a refund the gateway refused; the status stays REFUNDED only while something is refunded. */
    public Mono<Void> undoRefund(long id, long amountFen) {
        return db.sql("UPDATE payment_order SET refunded_fen = refunded_fen - :amount,"
                        + " status = CASE WHEN refunded_fen - :amount = 0 THEN 'PAID' ELSE 'REFUNDED' END"
                        + " WHERE id = :id AND refunded_fen >= :amount")
                .bind("amount", amountFen).bind("id", id).then();
    }

    /**
     * Cardholders' orders still waiting that were created before {@code before}, oldest first, at most
     * {@code limit}. A terminal's payment-code order is followed by the terminal request itself.
     */
    public Flux<PaymentOrder> waiting(Instant before, int limit) {
        return db.sql(SELECT + " WHERE status = 'CREATED' AND terminal_key IS NULL AND created_at < :before"
                        + " ORDER BY created_at"
                        + paging.clause())
                .bind("before", Utc.toDb(before)).bind("offset", 0).bind("limit", limit)
                .map(OrderStore::toOrder).all();
    }

    /**
     * Terminal payment-code orders still CREATED though their request's wait ended before
     * {@code before} (the server stopped while the payer was confirming), oldest first.
     */
    public Flux<PaymentOrder> strandedAtTerminals(Instant before, int limit) {
        return db.sql(SELECT + " WHERE status = 'CREATED' AND terminal_key IS NOT NULL AND expires_at < :before"
                        + " ORDER BY expires_at" + paging.clause())
                .bind("before", Utc.toDb(before)).bind("offset", 0).bind("limit", limit)
                .map(OrderStore::toOrder).all();
    }

    public Flux<PaymentOrder> ofPerson(long personId, int limit) {
        return db.sql(SELECT + " WHERE person_id = :person ORDER BY id DESC" + paging.clause())
                .bind("person", personId).bind("offset", 0).bind("limit", limit).map(OrderStore::toOrder).all();
    }

    /** What finance filters orders by; a null field matches everything. Created in [from, to); person: the payer's id. */
    public record Filter(OrderStatus status, PaymentChannel channel, String orderNo, Instant from, Instant to,
                         Long personId) {
    }

    private static final String FILTERED = " WHERE (:status IS NULL OR status = :status)"
            + " AND (:channel IS NULL OR channel = :channel) AND (:no IS NULL OR order_no = :no)"
            + " AND (:from IS NULL OR created_at >= :from) AND (:to IS NULL OR created_at < :to)"
            + " AND (:person IS NULL OR person_id = :person)";

    /** Admin listing, newest first. */
    public Flux<PaymentOrder> list(Filter filter, long offset, int limit) {
        return bind(db.sql(SELECT + FILTERED + " ORDER BY id DESC" + paging.clause()), filter)
                .bind("offset", offset).bind("limit", limit).map(OrderStore::toOrder).all();
    }

    public Mono<Long> count(Filter filter) {
        return bind(db.sql("SELECT COUNT(*) AS n FROM payment_order" + FILTERED), filter)
                .map(row -> row.get("n", Long.class)).one();
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Filter f) {
        spec = f.status() == null ? spec.bindNull("status", String.class) : spec.bind("status", f.status().name());
        spec = f.channel() == null ? spec.bindNull("channel", String.class) : spec.bind("channel", f.channel().name());
        spec = f.orderNo() == null ? spec.bindNull("no", String.class) : spec.bind("no", f.orderNo());
        spec = f.from() == null ? spec.bindNull("from", LocalDateTime.class) : spec.bind("from", Utc.toDb(f.from()));
        spec = f.personId() == null ? spec.bindNull("person", Long.class) : spec.bind("person", f.personId());
        return f.to() == null ? spec.bindNull("to", LocalDateTime.class) : spec.bind("to", Utc.toDb(f.to()));
    }

    /** Paid orders whose money reached the ledger on this accounting day (their posting's date). */
    public Flux<PaymentOrder> paidOn(PaymentChannel channel, Instant from, Instant to) {
        return db.sql(SELECT + " WHERE channel = :channel AND paid_at >= :from AND paid_at < :to"
                        + " AND status IN ('PAID', 'REFUNDED') ORDER BY id")
                .bind("channel", channel.name()).bind("from", Utc.toDb(from)).bind("to", Utc.toDb(to))
                .map(OrderStore::toOrder).all();
    }

    private static PaymentOrder toOrder(Readable row) {
        String mode = row.get("pay_mode", String.class);
        Long person = row.get("person_id", Long.class);
        return new PaymentOrder(row.get("id", Long.class), row.get("order_no", String.class),
                person, PaymentChannel.valueOf(row.get("channel", String.class)),
                row.get("amount_fen", Long.class), OrderStatus.valueOf(row.get("status", String.class)),
                row.get("client_key", String.class), row.get("request_hash", String.class),
                // a cardholder's order from before pay modes was a QR order
                mode != null ? PayMode.valueOf(mode) : person != null ? PayMode.QR : null,
                row.get("pay_url", String.class), row.get("gateway_trade_no", String.class),
                row.get("posting_id", Long.class), row.get("refunded_fen", Long.class),
                Utc.fromDb(row.get("created_at", LocalDateTime.class)),
                Utc.fromDb(row.get("expires_at", LocalDateTime.class)),
                Utc.fromDb(row.get("paid_at", LocalDateTime.class)),
                Utc.fromDb(row.get("closed_at", LocalDateTime.class)));
    }
}
