package org.onecard.sites.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** site_link: the state of each link (a site's one row for itself, the centre's row per site). */
@Repository
public class LinkStore {

    /** One link's counters and last contact. */
    public record Link(String code, long upSeq, long upAcked, long downCursor, Instant lastContactAt, String lastError,
                       Instant lastErrorAt) {
    }

    private static final int MAX_ERROR = 500;

    private final DatabaseClient db;

    public LinkStore(DatabaseClient db) {
        this.db = db;
    }

    /** Adds the row if missing (at start, for each configured code); a concurrent start loses harmlessly. */
    public Mono<Void> ensure(String code) {
        return find(code).hasElement()
                .flatMap(known -> known ? Mono.<Void>empty()
                        : db.sql("INSERT INTO site_link (code, up_seq, up_acked, down_cursor) VALUES (:code, 0, 0, 0)")
                                .bind("code", code).then())
                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.empty());
    }

    /** Takes the row's lock for the rest of the caller's transaction and reads it. */
    public Mono<Link> lock(String code) {
        return db.sql("UPDATE site_link SET up_seq = up_seq WHERE code = :code").bind("code", code).then()
                .then(find(code));
    }

    public Mono<Link> find(String code) {
        return db.sql("SELECT * FROM site_link WHERE code = :code").bind("code", code).map(LinkStore::toLink).one();
    }

    public Flux<Link> all() {
        return db.sql("SELECT * FROM site_link ORDER BY code").map(LinkStore::toLink).all();
    }

    public Mono<Void> setUpSeq(String code, long upSeq) {
        return db.sql("UPDATE site_link SET up_seq = :v WHERE code = :code").bind("v", upSeq).bind("code", code).then();
    }

    /** The other side answered: acknowledged up to {@code upAcked}, applied the feed up to {@code downCursor}. */
    public Mono<Void> contact(String code, long upAcked, long downCursor, Instant at) {
        return db.sql("UPDATE site_link SET up_acked = :acked, down_cursor = :cursor, last_contact_at = :at,"
                        + " last_error = NULL, last_error_at = NULL WHERE code = :code")
                .bind("acked", upAcked).bind("cursor", downCursor).bind("at", utc(at)).bind("code", code).then();
    }

    /** The link failed or a record was refused: kept until the next good exchange. */
    public Mono<Void> failed(String code, String error, Instant at) {
        String text = error == null ? "unknown" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        return db.sql("UPDATE site_link SET last_error = :error, last_error_at = :at WHERE code = :code")
                .bind("error", text).bind("at", utc(at)).bind("code", code).then();
    }

    private static Link toLink(Readable row) {
        return new Link(row.get("code", String.class), row.get("up_seq", Long.class), row.get("up_acked", Long.class),
                row.get("down_cursor", Long.class), instant(row.get("last_contact_at", LocalDateTime.class)),
                row.get("last_error", String.class), instant(row.get("last_error_at", LocalDateTime.class)));
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
