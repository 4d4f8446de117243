package org.onecard.subsidy.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import org.onecard.common.sql.SqlPaging;
import org.onecard.common.sql.Utc;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.persistence.SqlWhere;
import org.onecard.subsidy.domain.SubsidyMode;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.domain.SubsidyStatus;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Subsidy rows. Every status change is conditional on the status it leaves, and says whether it happened. */
@Repository
public class SubsidyStore {

    private static final String COLUMNS = "s.id, s.person_id, s.amount_fen, s.grant_mode, s.subsidy_month,"
            + " s.expires_on, s.status, s.batch_ref, s.note, s.registered_at, s.distributed_at, s.claimed_at,"
            + " s.closed_at, s.cleared_fen";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM subsidy s";
    private static final String LISTED_FROM = " FROM subsidy s JOIN person p ON p.id = s.person_id"
            + " JOIN org_unit o ON o.id = p.org_unit_id";

    /** A new subsidy as registered. */
    public record NewSubsidy(long personId, long amountFen, SubsidyMode mode, YearMonth month, LocalDate expiresOn,
                             String batchRef, String note, String requestKey, long operatorId,
                             boolean distributed) {
    }

    /** Search filters; null means any. */
    public record Filter(Long personId, SubsidyStatus status, String batchRef, YearMonth month) {
    }

    private final DatabaseClient db;
    private final SqlPaging paging;

    public SubsidyStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<Long> insert(NewSubsidy s, Instant at) {
        GenericExecuteSpec spec = db.sql("INSERT INTO subsidy (person_id, amount_fen, grant_mode, subsidy_month,"
                        + " expires_on, status, batch_ref, note, request_key, registered_by, registered_at,"
                        + " distributed_at)"
                        + " VALUES (:person, :amount, :mode, :month, :expires, :status, :batch, :note, :key, :op, :at,"
                        + " :distributedAt)")
                .bind("person", s.personId()).bind("amount", s.amountFen()).bind("mode", s.mode().name())
                .bind("month", s.month().toString()).bind("status", (s.distributed() ? SubsidyStatus.DISTRIBUTED : SubsidyStatus.REGISTERED).name())
                .bind("key", s.requestKey()).bind("op", s.operatorId()).bind("at", Utc.toDb(at));
        spec = s.distributed() ? spec.bind("distributedAt", Utc.toDb(at)) : spec.bindNull("distributedAt", LocalDateTime.class);
        spec = s.expiresOn() == null ? spec.bindNull("expires", LocalDate.class) : spec.bind("expires", s.expiresOn());
        spec = s.batchRef() == null ? spec.bindNull("batch", String.class) : spec.bind("batch", s.batchRef());
        spec = s.note() == null ? spec.bindNull("note", String.class) : spec.bind("note", s.note());
        return spec.filter(st -> st.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<SubsidyRecord> find(long id) {
        return db.sql(SELECT + " WHERE s.id = :id").bind("id", id).map(SubsidyStore::toRecord).one();
    }

    public Mono<SubsidyRecord> findByKey(String requestKey) {
        return db.sql(SELECT + " WHERE s.request_key = :key").bind("key", requestKey).map(SubsidyStore::toRecord).one();
    }

    public Flux<SubsidyRecord> ofPerson(long personId, SubsidyStatus status) {
        return db.sql(SELECT + " WHERE s.person_id = :person AND s.status = :status ORDER BY s.id")
                .bind("person", personId).bind("status", status.name()).map(SubsidyStore::toRecord).all();
    }

    public Flux<SubsidyRecord> withStatus(SubsidyStatus status, String batchRef) {
        return db.sql(SELECT + " WHERE s.status = :status AND s.batch_ref = :batch ORDER BY s.id")
                .bind("status", status.name()).bind("batch", batchRef).map(SubsidyStore::toRecord).all();
    }

    /** The sum of subsidies not yet in the person's wallet. */
    public Mono<Long> pendingFen(long personId) {
        return db.sql("SELECT COALESCE(SUM(amount_fen), 0) AS n FROM subsidy"
                        + " WHERE person_id = :person AND status IN ('REGISTERED', 'DISTRIBUTED')")
                .bind("person", personId).map(row -> ((Number) row.get("n")).longValue()).one();
    }

    /** Distributed, unclaimed subsidies whose person holds a usable card: what the sweep claims. */
    public Flux<Long> peopleWithClaimable(int limit) {
        return db.sql("SELECT DISTINCT s.person_id FROM subsidy s JOIN card c ON c.person_id = s.person_id"
                        + " WHERE s.status = 'DISTRIBUTED' AND c.status = 'NORMAL' ORDER BY s.person_id")
                .map(row -> row.get("person_id", Long.class)).all().take(limit);
    }

    public Mono<Boolean> hasUsableCard(long personId) {
        return db.sql("SELECT COUNT(*) AS n FROM card WHERE person_id = :person AND status = 'NORMAL'")
                .bind("person", personId).map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    /** Distributed or claimed subsidies past their last valid day, earliest expiry first. */
    public Flux<SubsidyRecord> dueForExpiry(LocalDate today, int limit) {
        return db.sql(SELECT + " WHERE s.status IN ('DISTRIBUTED', 'CLAIMED') AND s.expires_on < :today"
                        + " ORDER BY s.expires_on, s.id")
                .bind("today", today).map(SubsidyStore::toRecord).all().take(limit);
    }

    /** A subsidy with who it is for, for lists. */
    public record Listed(SubsidyRecord subsidy, String employeeNo, String personName) {
    }

    public Flux<Listed> page(Filter filter, DepartmentScope scope, long offset, int limit) {
        SqlWhere where = where(filter, scope);
        return where.bindTo(db.sql("SELECT " + COLUMNS + ", p.employee_no, p.name" + LISTED_FROM + where.sql()
                        + " ORDER BY s.id DESC" + paging.clause()).bind("offset", offset).bind("limit", limit))
                .map(row -> new Listed(toRecord(row), row.get("employee_no", String.class),
                        row.get("name", String.class)))
                .all();
    }

    public Flux<Listed> listed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("SELECT " + COLUMNS + ", p.employee_no, p.name" + LISTED_FROM + " WHERE s.id IN (:ids)"
                        + " ORDER BY s.id").bind("ids", ids)
                .map(row -> new Listed(toRecord(row), row.get("employee_no", String.class),
                        row.get("name", String.class)))
                .all();
    }

    public Mono<Long> count(Filter filter, DepartmentScope scope) {
        SqlWhere where = where(filter, scope);
        return where.bindTo(db.sql("SELECT COUNT(*) AS n" + LISTED_FROM + where.sql()))
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    public Mono<Boolean> markDistributed(long id, Instant at) {
        return db.sql("UPDATE subsidy SET status = 'DISTRIBUTED', distributed_at = :at"
                        + " WHERE id = :id AND status = 'REGISTERED'")
                .bind("at", Utc.toDb(at)).bind("id", id).fetch().rowsUpdated().map(n -> n == 1);
    }

    public Mono<Boolean> markClaimed(long id, Long postingId, Instant at) {
        return db.sql("UPDATE subsidy SET status = 'CLAIMED', claimed_at = :at, claim_posting_id = :posting"
                        + " WHERE id = :id AND status = 'DISTRIBUTED'")
                .bind("at", Utc.toDb(at)).bind("posting", postingId).bind("id", id)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Closes a subsidy (expired, superseded, reversed, deleted) if it is still in {@code from}. */
    public Mono<Boolean> close(long id, SubsidyStatus from, SubsidyStatus to, Instant at, Long postingId,
                               Long clearedFen) {
        GenericExecuteSpec spec = db.sql("UPDATE subsidy SET status = :to, closed_at = :at,"
                        + " close_posting_id = :posting, cleared_fen = :cleared WHERE id = :id AND status = :from")
                .bind("to", to.name()).bind("at", Utc.toDb(at)).bind("id", id).bind("from", from.name());
        spec = postingId == null ? spec.bindNull("posting", Long.class) : spec.bind("posting", postingId);
        spec = clearedFen == null ? spec.bindNull("cleared", Long.class) : spec.bind("cleared", clearedFen);
        return spec.fetch().rowsUpdated().map(n -> n == 1);
    }

    /** A reset-mode subsidy cleared the wallet: the person's other claimed subsidies are spent or gone. */
    public Mono<Long> supersedeClaimed(long personId, long exceptId, Instant at) {
        return db.sql("UPDATE subsidy SET status = 'SUPERSEDED', closed_at = :at"
                        + " WHERE person_id = :person AND status = 'CLAIMED' AND id <> :id")
                .bind("at", Utc.toDb(at)).bind("person", personId).bind("id", exceptId).fetch().rowsUpdated();
    }

    /** Remembers a request key with the hash of its content; false when the key was used before. */
    public Mono<Boolean> claimRequest(String key, String hash, Instant at) {
        return db.sql("INSERT INTO subsidy_request (idem_key, request_hash, created_at) VALUES (:key, :hash, :at)")
                .bind("key", key).bind("hash", hash).bind("at", Utc.toDb(at)).fetch().rowsUpdated().map(n -> n == 1)
                .onErrorResume(org.springframework.dao.DataIntegrityViolationException.class, e -> Mono.just(false));
    }

    public Mono<String> requestHash(String key) {
        return db.sql("SELECT request_hash FROM subsidy_request WHERE idem_key = :key").bind("key", key)
                .map(row -> row.get("request_hash", String.class)).one();
    }

    public Flux<SubsidyRecord> ofBatch(String batchRef) {
        return db.sql(SELECT + " WHERE s.batch_ref = :batch ORDER BY s.id").bind("batch", batchRef)
                .map(SubsidyStore::toRecord).all();
    }

    public Flux<SubsidyRecord> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return db.sql(SELECT + " WHERE s.id IN (:ids) ORDER BY s.id").bind("ids", ids)
                .map(SubsidyStore::toRecord).all();
    }

    private static SqlWhere where(Filter f, DepartmentScope scope) {
        SqlWhere where = new SqlWhere().within(scope, "o.code");
        if (f.personId() != null) {
            where.and("s.person_id = :person", "person", f.personId());
        }
        if (f.status() != null) {
            where.and("s.status = :status", "status", f.status().name());
        }
        if (f.batchRef() != null) {
            where.and("s.batch_ref = :batch", "batch", f.batchRef());
        }
        if (f.month() != null) {
            where.and("s.subsidy_month = :month", "month", f.month().toString());
        }
        return where;
    }

    private static SubsidyRecord toRecord(Readable row) {
        return new SubsidyRecord(row.get("id", Long.class), row.get("person_id", Long.class),
                row.get("amount_fen", Long.class), SubsidyMode.valueOf(row.get("grant_mode", String.class)),
                YearMonth.parse(row.get("subsidy_month", String.class)), row.get("expires_on", LocalDate.class),
                SubsidyStatus.valueOf(row.get("status", String.class)), row.get("batch_ref", String.class),
                row.get("note", String.class), instant(row, "registered_at"), instant(row, "distributed_at"),
                instant(row, "claimed_at"), instant(row, "closed_at"), row.get("cleared_fen", Long.class));
    }

    private static Instant instant(Readable row, String column) {
        LocalDateTime value = row.get(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

}
