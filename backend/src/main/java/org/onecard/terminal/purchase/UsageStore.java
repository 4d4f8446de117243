package org.onecard.terminal.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecard.common.sql.CoalescedReads;
import org.onecard.common.sql.Utc;
import org.onecard.ledger.domain.OwnerType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a person has used before a purchase, read from the {@code consumption} table (a corrected
 * consumption counts with its corrected amount), with the person's group and wallets.
 */
@Repository
class UsageStore {

    /** Count and charged amount of a set of consumptions. */
    record Tally(int count, long amountFen) {
    }

    record DayAndMeal(Tally day, Tally meal) {
    }

    /**
     * A person as a purchase needs them, in one read: their group, their two wallets (ids null
     * when not opened yet) and the day's and meal's tallies.
     */
    record PersonUse(Long groupId, Long cashWallet, long cashFen, Long subsidyWallet, long subsidyFen,
                     DayAndMeal tally) {
    }

    /** A consumption corrected to 0 (a terminal's reversal, or an operator's correction) counts for nothing. */
    private static final String NOT_VOIDED = " AND (corrected_amount_fen IS NULL OR corrected_amount_fen <> 0)";

    private final DatabaseClient db;
    private final CoalescedReads<UseKey, PersonUse> uses = new CoalescedReads<>(200, 2, this::personUses);

    UsageStore(DatabaseClient db) {
        this.db = db;
    }

    /** Whose use, on which accounting day, in which meal period (null: none). */
    private record UseKey(long personId, LocalDate accountingDate, Integer mealPeriodId) {
    }

    /**
     * The person's group and wallets, the day's tally and the meal's ({@code mealPeriodId} null: an
     * empty one). What is committed: look-ups that arrive together go as one statement.
     */
    Mono<PersonUse> personUse(long personId, LocalDate accountingDate, Integer mealPeriodId) {
        return uses.read(new UseKey(personId, accountingDate, mealPeriodId))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("No person " + personId)));
    }

    /** One statement for each day and meal among the keys (nearly always one). */
    private Mono<Map<UseKey, PersonUse>> personUses(List<UseKey> keys) {
        Map<List<Object>, List<UseKey>> byDayAndMeal = keys.stream().collect(Collectors.groupingBy(
                k -> Arrays.asList(k.accountingDate(), k.mealPeriodId()), LinkedHashMap::new, Collectors.toList()));
        return Flux.fromIterable(byDayAndMeal.values())
                .concatMap(same -> personUses(same.stream().map(UseKey::personId).distinct().toList(),
                        same.get(0).accountingDate(), same.get(0).mealPeriodId())
                        .flatMapIterable(found -> same.stream().filter(k -> found.containsKey(k.personId()))
                                .map(k -> Map.entry(k, found.get(k.personId()))).toList()))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Map<Long, PersonUse>> personUses(List<Long> personIds, LocalDate accountingDate, Integer mealPeriodId) {
        String amount = "COALESCE(corrected_amount_fen, amount_fen)";
        String wallet = "(SELECT w.%s FROM ledger_account w WHERE w.owner_type = :owner AND w.owner_id = p.id"
                + " AND w.kind = '%s')";
        return db.sql("SELECT p.id, p.group_id, " + String.format(wallet, "id", "CASH_WALLET") + " AS cash_id, "
                        + String.format(wallet, "balance", "CASH_WALLET") + " AS cash_fen, "
                        + String.format(wallet, "id", "SUBSIDY_WALLET") + " AS subsidy_id, "
                        + String.format(wallet, "balance", "SUBSIDY_WALLET") + " AS subsidy_fen,"
                        + " u.n, u.fen, u.meal_n, u.meal_fen FROM person p LEFT JOIN (SELECT person_id, COUNT(*) AS n,"
                        + " COALESCE(SUM(" + amount + "), 0) AS fen,"
                        + " COALESCE(SUM(CASE WHEN meal_period_id = :meal THEN 1 ELSE 0 END), 0) AS meal_n,"
                        + " COALESCE(SUM(CASE WHEN meal_period_id = :meal THEN " + amount + " ELSE 0 END), 0) AS meal_fen"
                        + " FROM consumption WHERE person_id IN (:people) AND accounting_date = :date" + NOT_VOIDED
                        + " GROUP BY person_id) u ON u.person_id = p.id"
                        + " WHERE p.id IN (:persons)")
                .bind("people", personIds).bind("persons", personIds).bind("date", accountingDate)
                .bind("owner", OwnerType.PERSON).bind("meal", mealPeriodId == null ? -1 : mealPeriodId)
                .map(row -> Map.entry(row.get("id", Long.class), new PersonUse(row.get("group_id", Long.class),
                        row.get("cash_id", Long.class), number(row.get("cash_fen")), row.get("subsidy_id", Long.class),
                        number(row.get("subsidy_fen")),
                        new DayAndMeal(new Tally((int) number(row.get("n")), number(row.get("fen"))),
                                new Tally((int) number(row.get("meal_n")), number(row.get("meal_fen")))))))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Uses whose time lies in [from, to]. */
    Mono<Integer> countBetween(long personId, Instant from, Instant to) {
        return db.sql("SELECT COUNT(*) AS n FROM consumption WHERE person_id = :person"
                        + " AND occurred_at >= :from AND occurred_at <= :to" + NOT_VOIDED)
                .bind("person", personId).bind("from", Utc.toDb(from)).bind("to", Utc.toDb(to))
                .map(row -> ((Number) row.get("n")).intValue()).one();
    }

    /**
     * When the server received the person's latest online purchase since {@code since} (server time
     * on both sides of the same-card interval, whatever the terminals' clocks say); empty when none.
     */
    Mono<Instant> lastOnlineUse(long personId, Instant since) {
        return db.sql("SELECT MAX(p.received_at) AS t FROM consumption c JOIN ledger_posting p ON p.id = c.posting_id"
                        + " WHERE c.person_id = :person AND c.kind = 'ONLINE' AND c.occurred_at >= :since"
                        + " AND (c.corrected_amount_fen IS NULL OR c.corrected_amount_fen <> 0)")
                .bind("person", personId).bind("since", Utc.toDb(since))
                .map(row -> java.util.Optional.ofNullable(row.get("t", LocalDateTime.class)))
                .one().flatMap(t -> Mono.justOrEmpty(t.map(Utc::fromDb)));
    }
}
