package org.onecard.rules.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecard.rules.domain.CardType;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.MealPeriod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Card types, with allowed meal periods as a bit mask and allowed terminals in a child table. */
@Repository
public class CardTypeStore {

    private static final String COLUMNS = "id, name, discount_percent, per_transaction_max_fen, valid_days,"
            + " min_balance_fen, max_balance_fen, deduction_order, per_meal_count_limit, per_meal_amount_limit_fen,"
            + " per_day_count_limit, per_day_amount_limit_fen, meal_period_mask, all_terminals, pin_required";

    private final DatabaseClient db;

    public CardTypeStore(DatabaseClient db) {
        this.db = db;
    }

    public Flux<CardType> all() {
        return db.sql("SELECT " + COLUMNS + " FROM card_type ORDER BY id").map(CardTypeStore::withoutTerminals).all()
                .collectList()
                .flatMapMany(types -> terminalsOf(types.stream().map(t -> t.id()).toList())
                        .map(terminals -> types.stream()
                                .map(t -> withTerminals(t, terminals.getOrDefault(t.id(), Set.of()))).toList())
                        .flatMapMany(Flux::fromIterable));
    }

    public Mono<CardType> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM card_type WHERE id = :id").bind("id", id)
                .map(CardTypeStore::withoutTerminals).one()
                .flatMap(t -> terminalsOf(List.of(id)).map(m -> withTerminals(t, m.getOrDefault(id, Set.of()))));
    }

    public Mono<Boolean> nameTaken(String name, Long exceptId) {
        return db.sql("SELECT id FROM card_type WHERE name = :name").bind("name", name)
                .map(row -> row.get("id", Long.class)).all()
                .any(id -> !id.equals(exceptId));
    }

    public Mono<Long> insert(CardTypeRules r, Instant now) {
        return bindRules(db.sql("INSERT INTO card_type (name, discount_percent, per_transaction_max_fen, valid_days,"
                        + " min_balance_fen, max_balance_fen, deduction_order, per_meal_count_limit,"
                        + " per_meal_amount_limit_fen, per_day_count_limit, per_day_amount_limit_fen, meal_period_mask,"
                        + " all_terminals, pin_required, created_at) VALUES (:name, :discount, :perTxn, :validDays,"
                        + " :minBalance, :maxBalance, :order, :mealCount, :mealAmount, :dayCount, :dayAmount, :mask,"
                        + " :allTerminals, :pinRequired, :at)"), r)
                .bind("at", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .filter(s -> s.returnGeneratedValues("id"))
                .map(row -> row.get("id", Long.class)).one()
                .flatMap(id -> replaceTerminals(id, r.allowedTerminals()).thenReturn(id));
    }

    public Mono<Boolean> update(long id, CardTypeRules r) {
        return bindRules(db.sql("UPDATE card_type SET name = :name, discount_percent = :discount,"
                        + " per_transaction_max_fen = :perTxn, valid_days = :validDays, min_balance_fen = :minBalance,"
                        + " max_balance_fen = :maxBalance, deduction_order = :order, per_meal_count_limit = :mealCount,"
                        + " per_meal_amount_limit_fen = :mealAmount, per_day_count_limit = :dayCount,"
                        + " per_day_amount_limit_fen = :dayAmount, meal_period_mask = :mask,"
                        + " all_terminals = :allTerminals, pin_required = :pinRequired WHERE id = :id"), r)
                .bind("id", id)
                .fetch().rowsUpdated()
                .flatMap(n -> n == 0 ? Mono.just(false) : replaceTerminals(id, r.allowedTerminals()).thenReturn(true));
    }

    public Mono<Boolean> inUse(long id) {
        return db.sql("SELECT (SELECT COUNT(*) FROM card WHERE card_type_id = :id)"
                        + " + (SELECT COUNT(*) FROM person WHERE card_type_id = :id) AS n").bind("id", id)
                .map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    public Mono<Boolean> delete(long id) {
        return db.sql("DELETE FROM card_type_terminal WHERE card_type_id = :id").bind("id", id).then()
                .then(db.sql("DELETE FROM card_type WHERE id = :id").bind("id", id).fetch().rowsUpdated())
                .map(n -> n > 0);
    }

    private Mono<Void> replaceTerminals(long id, Set<Integer> terminals) {
        return db.sql("DELETE FROM card_type_terminal WHERE card_type_id = :id").bind("id", id).then()
                .thenMany(Flux.fromIterable(terminals).concatMap(no -> db.sql(
                                "INSERT INTO card_type_terminal (card_type_id, terminal_no) VALUES (:id, :no)")
                        .bind("id", id).bind("no", no).then()))
                .then();
    }

    private Mono<Map<Long, Set<Integer>>> terminalsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT card_type_id, terminal_no FROM card_type_terminal WHERE card_type_id IN (:ids)")
                .bind("ids", ids)
                .map(row -> Map.entry(row.get("card_type_id", Long.class), row.get("terminal_no", Integer.class)))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }

    private static DatabaseClient.GenericExecuteSpec bindRules(DatabaseClient.GenericExecuteSpec spec, CardTypeRules r) {
        return spec.bind("name", r.name().trim())
                .bind("discount", r.discountPercent())
                .bind("perTxn", r.perTransactionMaxFen())
                .bind("validDays", r.validDays())
                .bind("minBalance", r.minBalanceFen())
                .bind("maxBalance", r.maxBalanceFen())
                .bind("order", r.deductionOrder().name())
                .bind("mealCount", r.perMealCountLimit())
                .bind("mealAmount", r.perMealAmountLimitFen())
                .bind("dayCount", r.perDayCountLimit())
                .bind("dayAmount", r.perDayAmountLimitFen())
                .bind("mask", mask(r.allowedMealPeriods()))
                .bind("allTerminals", r.allTerminals()).bind("pinRequired", r.pinRequired());
    }

    static int mask(Set<Integer> periods) {
        int mask = 0;
        for (int p : periods) {
            mask |= 1 << (p - 1);
        }
        return mask;
    }

    static Set<Integer> periods(int mask) {
        Set<Integer> out = new HashSet<>();
        for (int p = 1; p <= MealPeriod.COUNT; p++) {
            if ((mask & (1 << (p - 1))) != 0) {
                out.add(p);
            }
        }
        return out;
    }

    private static CardType withoutTerminals(Readable row) {
        return new CardType(row.get("id", Long.class), new CardTypeRules(
                row.get("name", String.class),
                row.get("discount_percent", Integer.class),
                row.get("per_transaction_max_fen", Long.class),
                row.get("valid_days", Integer.class),
                row.get("min_balance_fen", Long.class),
                row.get("max_balance_fen", Long.class),
                DeductionOrder.valueOf(row.get("deduction_order", String.class)),
                row.get("per_meal_count_limit", Integer.class),
                row.get("per_meal_amount_limit_fen", Long.class),
                row.get("per_day_count_limit", Integer.class),
                row.get("per_day_amount_limit_fen", Long.class),
                periods(row.get("meal_period_mask", Integer.class)),
                Boolean.TRUE.equals(row.get("all_terminals", Boolean.class)),
                Set.of(),
                Boolean.TRUE.equals(row.get("pin_required", Boolean.class))));
    }

    private static CardType withTerminals(CardType t, Set<Integer> terminals) {
        CardTypeRules r = t.rules();
        return new CardType(t.id(), new CardTypeRules(r.name(), r.discountPercent(), r.perTransactionMaxFen(),
                r.validDays(), r.minBalanceFen(), r.maxBalanceFen(), r.deductionOrder(), r.perMealCountLimit(),
                r.perMealAmountLimitFen(), r.perDayCountLimit(), r.perDayAmountLimitFen(), r.allowedMealPeriods(),
                r.allTerminals(), terminals, r.pinRequired()));
    }
}
