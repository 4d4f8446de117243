package org.onecard.merchant.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecard.common.sql.Likes;
import org.onecard.common.sql.SqlPaging;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.merchant.domain.Outlet;
import org.onecard.merchant.domain.OutletSearch;
import org.onecard.merchant.domain.OutletDraft;
import org.onecard.merchant.domain.OutletKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for outlet. An outlet scope (outlet ids; empty = all) limits every list. */
@Repository
public class OutletStore {

    private static final String SELECT = "SELECT o.id, o.merchant_id, m.name AS merchant_name, o.name, o.kind"
            + " FROM outlet o JOIN merchant m ON m.id = o.merchant_id";

    private final DatabaseClient db;
    private final Clock clock;
    private final SqlPaging paging;

    public OutletStore(DatabaseClient db, Clock clock, ConnectionFactory connectionFactory) {
        this.db = db;
        this.clock = clock;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<Long> insert(long merchantId, OutletDraft d) {
        return db.sql("INSERT INTO outlet (merchant_id, name, kind, created_at) VALUES (:merchantId, :name, :kind, :at)")
                .bind("merchantId", merchantId).bind("name", d.name()).bind("kind", d.kind().name())
                .bind("at", LocalDateTime.now(clock))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Boolean> update(long id, OutletDraft d) {
        return db.sql("UPDATE outlet SET name = :name, kind = :kind WHERE id = :id")
                .bind("name", d.name()).bind("kind", d.kind().name()).bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Boolean> delete(long id) {
        return db.sql("DELETE FROM outlet WHERE id = :id").bind("id", id).fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Outlet> find(long id) {
        return db.sql(SELECT + " WHERE o.id = :id").bind("id", id).map(OutletStore::toOutlet).one();
    }

    /**
     * Whether money has ever moved through the outlet's ledger accounts. The ledger is append-only,
     * so an outlet with history must stay for its reports.
     */
    public Mono<Boolean> hasLedgerHistory(long id) {
        return db.sql("SELECT COUNT(*) AS n FROM ledger_account a WHERE a.owner_type = :owner AND a.owner_id = :id"
                        + " AND (EXISTS (SELECT 1 FROM ledger_transfer c WHERE c.credit_account_id = a.id)"
                        + " OR EXISTS (SELECT 1 FROM ledger_transfer d WHERE d.debit_account_id = a.id))")
                .bind("owner", OwnerType.OUTLET).bind("id", id)
                .map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    public Flux<Outlet> page(OutletSearch search, long offset, int limit) {
        Map<String, Object> binds = new LinkedHashMap<>();
        String where = where(search, binds);
        return bind(db.sql(SELECT + where + " ORDER BY m.name, o.name, o.id" + paging.clause()), binds)
                .bind("offset", offset).bind("limit", limit).map(OutletStore::toOutlet).all();
    }

    public Mono<Long> count(OutletSearch search) {
        Map<String, Object> binds = new LinkedHashMap<>();
        String where = where(search, binds);
        return bind(db.sql("SELECT COUNT(*) AS n FROM outlet o JOIN merchant m ON m.id = o.merchant_id" + where), binds)
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private static String where(OutletSearch s, Map<String, Object> binds) {
        List<String> conditions = new ArrayList<>();
        if (s.merchantId() != null) {
            conditions.add("o.merchant_id = :merchantId");
            binds.put("merchantId", s.merchantId());
        }
        if (s.nameContains() != null && !s.nameContains().isBlank()) {
            conditions.add("o.name LIKE :name ESCAPE '!'");
            binds.put("name", Likes.contains(s.nameContains().trim()));
        }
        if (s.kind() != null) {
            conditions.add("o.kind = :kind");
            binds.put("kind", s.kind().name());
        }
        if (!s.scope().isEmpty()) {
            conditions.add("o.id IN (:scope)");
            binds.put("scope", s.scope());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Map<String, Object> binds) {
        GenericExecuteSpec s = spec;
        for (Map.Entry<String, Object> e : binds.entrySet()) {
            s = s.bind(e.getKey(), e.getValue());
        }
        return s;
    }

    private static Outlet toOutlet(Readable row) {
        return new Outlet(row.get("id", Long.class), row.get("merchant_id", Long.class),
                row.get("merchant_name", String.class), row.get("name", String.class),
                OutletKind.valueOf(row.get("kind", String.class)));
    }
}
