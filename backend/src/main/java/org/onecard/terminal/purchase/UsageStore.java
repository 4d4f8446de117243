package org.onecard.terminal.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.onecard.common.sql.Utc;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * What a person has used before a purchase, read from the {@code consumption} table (a corrected
 * consumption counts with its corrected amount), and the person's group.
 */
@Repository
class UsageStore {

    /** Count and charged amount of a set of consumptions. */
    record Tally(int count, long amountFen) {
    }

    private final DatabaseClient db;

    UsageStore(DatabaseClient db) {
        this.db = db;
    }

    /** Uses on the accounting date; {@code mealPeriodId} null = all meals of the day. */
    Mono<Tally> day(long personId, LocalDate accountingDate, Integer mealPeriodId) {
        String meal = mealPeriodId == null ? "" : " AND meal_period_id = :meal";
        DatabaseClient.GenericExecuteSpec spec = db.sql("SELECT COUNT(*) AS n,"
                        + " COALESCE(SUM(COALESCE(corrected_amount_fen, amount_fen)), 0) AS fen FROM consumption"
                        + " WHERE person_id = :person AND accounting_date = :date" + meal)
                .bind("person", personId).bind("date", accountingDate);
        if (mealPeriodId != null) {
            spec = spec.bind("meal", mealPeriodId);
        }
        return spec.map(row -> new Tally(((Number) row.get("n")).intValue(), ((Number) row.get("fen")).longValue()))
                .one();
    }

    /** Uses whose time lies in [from, to]. */
    Mono<Integer> countBetween(long personId, Instant from, Instant to) {
        return db.sql("SELECT COUNT(*) AS n FROM consumption WHERE person_id = :person"
                        + " AND occurred_at >= :from AND occurred_at <= :to")
                .bind("person", personId).bind("from", Utc.toDb(from)).bind("to", Utc.toDb(to))
                .map(row -> ((Number) row.get("n")).intValue()).one();
    }

    /** The person's latest consumption time; empty when none. */
    Mono<Instant> lastUse(long personId) {
        return db.sql("SELECT MAX(occurred_at) AS t FROM consumption WHERE person_id = :person")
                .bind("person", personId)
                .map(row -> java.util.Optional.ofNullable(row.get("t", LocalDateTime.class)))
                .one().flatMap(t -> Mono.justOrEmpty(t.map(v -> v.toInstant(ZoneOffset.UTC))));
    }

    /** The person's group; empty when none. */
    Mono<Long> groupOf(long personId) {
        return db.sql("SELECT group_id FROM person WHERE id = :person").bind("person", personId)
                .map(row -> java.util.Optional.ofNullable(row.get("group_id", Long.class)))
                .one().flatMap(Mono::justOrEmpty);
    }

}
