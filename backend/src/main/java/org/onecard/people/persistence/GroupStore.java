package org.onecard.people.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.onecard.common.sql.SqlPaging;
import org.onecard.people.domain.Group;
import org.onecard.people.domain.GroupRule;
import org.onecard.people.domain.GroupRuleDraft;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for person_group and its group_rule rows. */
@Repository
public class GroupStore {

    private static final String SELECT_GROUP = "SELECT g.id, g.name,"
            + " (SELECT COUNT(*) FROM person p WHERE p.group_id = g.id) AS people FROM person_group g";
    private static final String SELECT_RULE = "SELECT id, group_id, window_start, window_end, count_limit,"
            + " per_transaction_limit_fen, daily_limit_fen, discount_percent FROM group_rule";

    private final DatabaseClient db;
    private final Clock clock;
    private final SqlPaging paging;

    public GroupStore(DatabaseClient db, Clock clock, ConnectionFactory connectionFactory) {
        this.db = db;
        this.clock = clock;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<Long> insert(String name) {
        return db.sql("INSERT INTO person_group (name, created_at) VALUES (:name, :at)")
                .bind("name", name).bind("at", LocalDateTime.now(clock))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Group> find(long id) {
        return db.sql(SELECT_GROUP + " WHERE g.id = :id").bind("id", id).map(GroupStore::toGroup).one();
    }

    /** Groups whose name contains {@code nameContains} (null or blank for all), by name. */
    public Flux<Group> page(String nameContains, long offset, int limit) {
        SqlWhere where = nameFilter(nameContains);
        return where.bindTo(db.sql(SELECT_GROUP + where.sql() + " ORDER BY g.name, g.id" + paging.clause()))
                .bind("offset", offset).bind("limit", limit).map(GroupStore::toGroup).all();
    }

    public Mono<Long> count(String nameContains) {
        SqlWhere where = nameFilter(nameContains);
        return where.bindTo(db.sql("SELECT COUNT(*) AS n FROM person_group g" + where.sql()))
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    public Mono<Boolean> rename(long id, String name) {
        return db.sql("UPDATE person_group SET name = :name WHERE id = :id").bind("name", name).bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Deletes the group and its rules; person.group_id's foreign key refuses it while anyone is in it. */
    public Mono<Boolean> delete(long id) {
        return db.sql("DELETE FROM group_rule WHERE group_id = :id").bind("id", id).fetch().rowsUpdated()
                .then(db.sql("DELETE FROM person_group WHERE id = :id").bind("id", id).fetch().rowsUpdated())
                .map(n -> n > 0);
    }

    /**
     * Locks the group's row until the transaction ends (a no-op update locks on every
     * database, unlike FOR UPDATE); false when there is no such group.
     */
    public Mono<Boolean> lock(long id) {
        return db.sql("UPDATE person_group SET name = name WHERE id = :id").bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Flux<GroupRule> rules(long groupId) {
        return db.sql(SELECT_RULE + " WHERE group_id = :groupId ORDER BY window_start, id").bind("groupId", groupId)
                .map(GroupStore::toRule).all();
    }

    public Mono<Long> insertRule(long groupId, GroupRuleDraft terms) {
        GenericExecuteSpec spec = db.sql("INSERT INTO group_rule (group_id, window_start, window_end, count_limit,"
                        + " per_transaction_limit_fen, daily_limit_fen, discount_percent, created_at) VALUES (:groupId,"
                        + " :start, :end, :count, :perTransaction, :daily, :discount, :at)")
                .bind("groupId", groupId).bind("at", LocalDateTime.now(clock));
        return bindTerms(spec, terms).filter(s -> s.returnGeneratedValues("id"))
                .map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Boolean> updateRule(long groupId, long ruleId, GroupRuleDraft terms) {
        GenericExecuteSpec spec = db.sql("UPDATE group_rule SET window_start = :start, window_end = :end,"
                        + " count_limit = :count, per_transaction_limit_fen = :perTransaction, daily_limit_fen = :daily,"
                        + " discount_percent = :discount WHERE id = :id AND group_id = :groupId")
                .bind("id", ruleId).bind("groupId", groupId);
        return bindTerms(spec, terms).fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Boolean> deleteRule(long groupId, long ruleId) {
        return db.sql("DELETE FROM group_rule WHERE id = :id AND group_id = :groupId")
                .bind("id", ruleId).bind("groupId", groupId).fetch().rowsUpdated().map(n -> n > 0);
    }

    private static SqlWhere nameFilter(String nameContains) {
        SqlWhere where = new SqlWhere();
        if (nameContains != null && !nameContains.isBlank()) {
            where.and("g.name LIKE :name ESCAPE '!'", "name", SqlWhere.contains(nameContains.trim()));
        }
        return where;
    }

    private static GenericExecuteSpec bindTerms(GenericExecuteSpec spec, GroupRuleDraft t) {
        return spec.bind("start", t.windowStart()).bind("end", t.windowEnd()).bind("count", t.countLimit())
                .bind("perTransaction", t.perTransactionLimitFen()).bind("daily", t.dailyLimitFen())
                .bind("discount", t.discountPercent());
    }

    private static Group toGroup(Readable row) {
        return new Group(row.get("id", Long.class), row.get("name", String.class),
                ((Number) row.get("people")).longValue());
    }

    private static GroupRule toRule(Readable row) {
        return new GroupRule(row.get("id", Long.class), row.get("group_id", Long.class), new GroupRuleDraft(
                row.get("window_start", LocalTime.class), row.get("window_end", LocalTime.class),
                ((Number) row.get("count_limit")).intValue(), ((Number) row.get("per_transaction_limit_fen")).longValue(),
                ((Number) row.get("daily_limit_fen")).longValue(), ((Number) row.get("discount_percent")).intValue()));
    }
}
