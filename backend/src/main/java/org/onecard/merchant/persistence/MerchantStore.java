package org.onecard.merchant.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.onecard.common.sql.Likes;
import org.onecard.common.sql.SqlPaging;
import org.onecard.merchant.domain.Merchant;
import org.onecard.merchant.domain.MerchantDraft;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for merchant. An outlet scope (outlet ids; empty = all) shows the merchants owning those outlets. */
@Repository
public class MerchantStore {

    private static final String SELECT = "SELECT m.id, m.name, m.contact_name, m.phone,"
            + " (SELECT COUNT(*) FROM outlet c WHERE c.merchant_id = m.id) AS outlets FROM merchant m";
    private static final String IN_SCOPE = "EXISTS (SELECT 1 FROM outlet s WHERE s.merchant_id = m.id"
            + " AND s.id IN (:scope))";

    private final DatabaseClient db;
    private final Clock clock;
    private final SqlPaging paging;

    public MerchantStore(DatabaseClient db, Clock clock, ConnectionFactory connectionFactory) {
        this.db = db;
        this.clock = clock;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<Long> insert(MerchantDraft d) {
        GenericExecuteSpec spec = db.sql("INSERT INTO merchant (name, contact_name, phone, created_at)"
                        + " VALUES (:name, :contact, :phone, :at)")
                .bind("at", LocalDateTime.now(clock));
        return bindDraft(spec, d).filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Boolean> update(long id, MerchantDraft d) {
        GenericExecuteSpec spec = db.sql("UPDATE merchant SET name = :name, contact_name = :contact, phone = :phone"
                + " WHERE id = :id").bind("id", id);
        return bindDraft(spec, d).fetch().rowsUpdated().map(n -> n > 0);
    }

    /** outlet.merchant_id's foreign key refuses this while the merchant has outlets. */
    public Mono<Boolean> delete(long id) {
        return db.sql("DELETE FROM merchant WHERE id = :id").bind("id", id).fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Merchant> find(long id) {
        return db.sql(SELECT + " WHERE m.id = :id").bind("id", id).map(MerchantStore::toMerchant).one();
    }

    /** Whether one of the merchant's outlets is among {@code outletIds}. */
    public Mono<Boolean> ownsAny(long id, Set<Long> outletIds) {
        return db.sql("SELECT COUNT(*) AS n FROM merchant m WHERE m.id = :id AND " + IN_SCOPE)
                .bind("id", id).bind("scope", outletIds)
                .map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    public Flux<Merchant> page(String nameContains, Set<Long> outletScope, long offset, int limit) {
        Filter f = filter(nameContains, outletScope);
        return f.bind(db.sql(SELECT + f.where() + " ORDER BY m.name, m.id" + paging.clause()))
                .bind("offset", offset).bind("limit", limit).map(MerchantStore::toMerchant).all();
    }

    public Mono<Long> count(String nameContains, Set<Long> outletScope) {
        Filter f = filter(nameContains, outletScope);
        return f.bind(db.sql("SELECT COUNT(*) AS n FROM merchant m" + f.where()))
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private record Filter(String name, Set<Long> scope) {

        String where() {
            String byName = name == null ? null : "m.name LIKE :name ESCAPE '!'";
            String byScope = scope.isEmpty() ? null : IN_SCOPE;
            if (byName == null && byScope == null) {
                return "";
            }
            return " WHERE " + (byName == null ? byScope : byScope == null ? byName : byName + " AND " + byScope);
        }

        GenericExecuteSpec bind(GenericExecuteSpec spec) {
            GenericExecuteSpec s = name == null ? spec : spec.bind("name", Likes.contains(name));
            return scope.isEmpty() ? s : s.bind("scope", scope);
        }
    }

    private static Filter filter(String nameContains, Set<Long> outletScope) {
        return new Filter(nameContains == null || nameContains.isBlank() ? null : nameContains.trim(), outletScope);
    }

    private static GenericExecuteSpec bindDraft(GenericExecuteSpec spec, MerchantDraft d) {
        GenericExecuteSpec s = spec.bind("name", d.name());
        s = d.contactName() == null ? s.bindNull("contact", String.class) : s.bind("contact", d.contactName());
        return d.phone() == null ? s.bindNull("phone", String.class) : s.bind("phone", d.phone());
    }

    private static Merchant toMerchant(Readable row) {
        return new Merchant(row.get("id", Long.class), row.get("name", String.class),
                row.get("contact_name", String.class), row.get("phone", String.class),
                ((Number) row.get("outlets")).longValue());
    }
}
