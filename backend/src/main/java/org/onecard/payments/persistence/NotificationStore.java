package org.onecard.payments.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.SqlPaging;
import org.onecard.common.sql.Utc;
import org.onecard.payments.domain.PaymentChannel;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every notification a gateway sent, kept with what became of it. */
@Repository
public class NotificationStore {

    public static final int MAX_BODY_CHARS = 4000;

    /** One notification as received. outcome CREDITED, REPEATED or REJECTED. */
    public record Received(long id, PaymentChannel channel, Instant receivedAt, String orderNo, String outcome,
                           int resultCode, String detail, String body) {
    }

    private final DatabaseClient db;
    private final SqlPaging paging;

    public NotificationStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<Void> insert(PaymentChannel channel, Instant at, String orderNo, String outcome, int resultCode,
                             String detail, String body) {
        var spec = db.sql("INSERT INTO payment_notification (channel, received_at, order_no, outcome, result_code,"
                        + " detail, body) VALUES (:channel, :at, :no, :outcome, :code, :detail, :body)")
                .bind("channel", channel.name()).bind("at", Utc.toDb(at)).bind("outcome", outcome)
                .bind("code", resultCode).bind("body", cut(body, MAX_BODY_CHARS));
        spec = orderNo == null ? spec.bindNull("no", String.class) : spec.bind("no", cut(orderNo, 32));
        spec = detail == null ? spec.bindNull("detail", String.class) : spec.bind("detail", cut(detail, 255));
        return spec.then();
    }

    /** What finance filters notifications by; a null field matches everything. */
    public record Filter(PaymentChannel channel, String orderNo, String outcome) {
    }

    private static final String FILTERED = " WHERE (:channel IS NULL OR channel = :channel)"
            + " AND (:no IS NULL OR order_no = :no) AND (:outcome IS NULL OR outcome = :outcome)";

    /** Newest first. */
    public Flux<Received> list(Filter filter, long offset, int limit) {
        return bind(db.sql("SELECT id, channel, received_at, order_no, outcome, result_code, detail, body"
                        + " FROM payment_notification" + FILTERED + " ORDER BY id DESC" + paging.clause()), filter)
                .bind("offset", offset).bind("limit", limit).map(NotificationStore::toReceived).all();
    }

    public Mono<Long> count(Filter filter) {
        return bind(db.sql("SELECT COUNT(*) AS n FROM payment_notification" + FILTERED), filter)
                .map(row -> row.get("n", Long.class)).one();
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Filter f) {
        spec = f.channel() == null ? spec.bindNull("channel", String.class) : spec.bind("channel", f.channel().name());
        spec = f.orderNo() == null ? spec.bindNull("no", String.class) : spec.bind("no", f.orderNo());
        return f.outcome() == null ? spec.bindNull("outcome", String.class) : spec.bind("outcome", f.outcome());
    }

    public Mono<Long> count(String orderNo, String outcome) {
        return db.sql("SELECT COUNT(*) AS n FROM payment_notification WHERE order_no = :no AND outcome = :outcome")
                .bind("no", orderNo).bind("outcome", outcome).map(row -> row.get("n", Long.class)).one();
    }

    private static Received toReceived(Readable row) {
        return new Received(row.get("id", Long.class), PaymentChannel.valueOf(row.get("channel", String.class)),
                Utc.fromDb(row.get("received_at", LocalDateTime.class)), row.get("order_no", String.class),
                row.get("outcome", String.class), row.get("result_code", Integer.class),
                row.get("detail", String.class), row.get("body", String.class));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
