package org.onecard.cards.promotion;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onecard.cards.promotion.Promotion.Channel;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.sql.Utc;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Recharge promotions (充值优惠): the rules, managed by the card centre, and the bonus they give.
 * Every channel that takes a recharge asks {@link #find} for the one rule that applies and books
 * the bonus with {@link #book} inside the recharge's own transaction: a RECHARGE_BONUS transfer
 * from the promotion expense account into the cash wallet, as its own posting under the key
 * {@code bonus:} + the recharge's key, so a repeat of the recharge books it no second time.
 * Rules of a shared channel may not overlap in dates and amount tier (5147), so at most one applies.
 */
@Service
public class RechargePromotions {

    /** A bonus booked with a recharge: the rule, the amount and its posting. */
    public record Bonus(long promotionId, long bonusFen, long postingId) {
    }

    private static final String COLUMNS = "id, name, starts_on, ends_on, min_amount_fen, max_amount_fen,"
            + " percent_of_amount, fixed_fen, max_bonus_fen, on_recharge_pos, on_cashier, on_counter, on_online,"
            + " enabled, created_at, updated_at";

    private final DatabaseClient db;
    private final Ledger ledger;
    private final StandardAccounts accounts;
    private final BusinessClock clock;
    private final TransactionalOperator tx;

    RechargePromotions(DatabaseClient db, Ledger ledger, StandardAccounts accounts, BusinessClock clock,
                       ReactiveTransactionManager transactions) {
        this.db = db;
        this.ledger = ledger;
        this.accounts = accounts;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
    }

    public Mono<List<Promotion>> list() {
        return db.sql("SELECT " + COLUMNS + " FROM recharge_promotion ORDER BY starts_on, min_amount_fen, id")
                .map(RechargePromotions::read).all().collectList();
    }

    public Mono<Outcome<Promotion>> get(long id) {
        return one(id).map(Outcome::done).defaultIfEmpty(Outcome.notFound("promotion " + id));
    }

    public Mono<Outcome<Promotion>> create(Promotion draft) {
        return checked(draft, null).flatMap(refused -> refused.isPresent() ? Mono.just(refused.get())
                : bindAll(db.sql("INSERT INTO recharge_promotion (name, starts_on, ends_on, min_amount_fen,"
                        + " max_amount_fen, percent_of_amount, fixed_fen, max_bonus_fen, on_recharge_pos, on_cashier,"
                        + " on_counter, on_online, enabled, created_at, updated_at) VALUES (:name, :starts, :ends, :min,"
                        + " :max, :percent, :fixed, :cap, :pos, :cashier, :counter, :online, :enabled, :at, :at)"), draft)
                        .filter(statement -> statement.returnGeneratedValues("id"))
                        .map(row -> ((Number) row.get("id")).longValue()).one()
                        .flatMap(this::one).map(Outcome::done))
                .as(tx::transactional);
    }

    public Mono<Outcome<Promotion>> update(long id, Promotion draft) {
        return one(id).flatMap(found -> checked(draft, id).flatMap(refused -> refused.isPresent()
                        ? Mono.just(refused.get())
                        : bindAll(db.sql("UPDATE recharge_promotion SET name = :name, starts_on = :starts,"
                                + " ends_on = :ends, min_amount_fen = :min, max_amount_fen = :max,"
                                + " percent_of_amount = :percent, fixed_fen = :fixed, max_bonus_fen = :cap,"
                                + " on_recharge_pos = :pos, on_cashier = :cashier, on_counter = :counter,"
                                + " on_online = :online, enabled = :enabled, updated_at = :at WHERE id = :id"), draft)
                                .bind("id", id).fetch().rowsUpdated().then(one(id)).map(Outcome::done)))
                .defaultIfEmpty(Outcome.notFound("promotion " + id))
                .as(tx::transactional);
    }

    /** Removes a rule; bonuses it gave stay booked (their rows keep its id). */
    public Mono<Outcome<Promotion>> delete(long id) {
        return one(id).flatMap(found -> db.sql("DELETE FROM recharge_promotion WHERE id = :id").bind("id", id)
                        .fetch().rowsUpdated().thenReturn(Outcome.done(found)))
                .defaultIfEmpty(Outcome.notFound("promotion " + id));
    }

    /** The rule that applies to a recharge of {@code amountFen} through {@code channel} on {@code day}, if any. */
    public Mono<Optional<Promotion>> find(Channel channel, long amountFen, LocalDate day) {
        return db.sql("SELECT " + COLUMNS + " FROM recharge_promotion WHERE enabled = :yes AND starts_on <= :day"
                        + " AND ends_on >= :day AND min_amount_fen <= :amount ORDER BY id")
                .bind("yes", true).bind("day", day).bind("amount", amountFen)
                .map(RechargePromotions::read).all()
                .filter(p -> p.applies(channel, amountFen, day)).next().map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** The bonus {@link #find} would give now, in fen (0 when none): what a recharge's limit check must count. */
    public Mono<Long> bonusNow(Channel channel, long amountFen) {
        return find(channel, amountFen, clock.accountingDate(clock.now()))
                .map(p -> p.map(r -> r.bonusFor(amountFen)).orElse(0L));
    }

    /**
     * Books the bonus of the rule that applies now, for a recharge booked under {@code rechargeKey}
     * into {@code cashWalletId}: call inside the recharge's transaction. Empty when no rule applies
     * or its bonus is 0; a repeat replays the bonus posting.
     */
    public Mono<Bonus> book(Channel channel, long amountFen, String rechargeKey, long cashWalletId, Long operatorId,
                            String terminalCode) {
        return find(channel, amountFen, clock.accountingDate(clock.now())).flatMap(found -> {
            if (found.isEmpty() || found.get().bonusFor(amountFen) <= 0) {
                return Mono.empty();
            }
            Promotion rule = found.get();
            long bonus = rule.bonusFor(amountFen);
            return accounts.promotionExpense().flatMap(expense -> ledger.post(new PostingRequest(key(rechargeKey),
                    List.of(new TransferLeg(expense, cashWalletId, bonus, TransferCode.RECHARGE_BONUS)), operatorId,
                    terminalCode, null, null, false, "bonus of promotion " + rule.id())))
                    .flatMap(outcome -> outcome instanceof Posted p
                            ? Mono.just(new Bonus(rule.id(), bonus, p.postingId()))
                            : Mono.error(new IllegalStateException("bonus declined: " + ((Declined) outcome).detail())));
        });
    }

    /** The bonus posting's key, derived from the recharge's. */
    public static String key(String rechargeKey) {
        return "bonus:" + rechargeKey;
    }

    private Mono<Optional<Outcome<Promotion>>> checked(Promotion draft, Long self) {
        if (!draft.problems().isEmpty()) {
            return Mono.just(Optional.of(new Outcome.Refused<>(ResultCode.VALIDATION_FAILED,
                    "The promotion is incomplete", draft.problems())));
        }
        return list().map(all -> all.stream().filter(p -> !p.id().equals(self) && p.enabled() && draft.enabled()
                        && p.overlaps(draft)).findFirst()
                .map(p -> Outcome.<Promotion>refused(ResultCode.PROMOTION_OVERLAPS,
                        "Overlaps promotion " + p.id() + " (" + p.name() + ")")));
    }

    private Mono<Promotion> one(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM recharge_promotion WHERE id = :id").bind("id", id)
                .map(RechargePromotions::read).one();
    }

    private GenericExecuteSpec bindAll(GenericExecuteSpec s, Promotion p) {
        s = s.bind("name", p.name().trim()).bind("starts", p.startsOn()).bind("ends", p.endsOn())
                .bind("min", p.minAmountFen()).bind("cap", p.maxBonusFen())
                .bind("pos", p.channels().contains(Channel.RECHARGE_POS))
                .bind("cashier", p.channels().contains(Channel.CASHIER))
                .bind("counter", p.channels().contains(Channel.COUNTER))
                .bind("online", p.channels().contains(Channel.ONLINE))
                .bind("enabled", p.enabled()).bind("at", Utc.toDb(clock.now()));
        s = p.maxAmountFen() == null ? s.bindNull("max", Long.class) : s.bind("max", p.maxAmountFen());
        s = p.percent() == null ? s.bindNull("percent", Integer.class) : s.bind("percent", p.percent());
        return p.fixedFen() == null ? s.bindNull("fixed", Long.class) : s.bind("fixed", p.fixedFen());
    }

    private static Promotion read(Readable row) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (Boolean.TRUE.equals(row.get("on_recharge_pos", Boolean.class))) {
            channels.add(Channel.RECHARGE_POS);
        }
        if (Boolean.TRUE.equals(row.get("on_cashier", Boolean.class))) {
            channels.add(Channel.CASHIER);
        }
        if (Boolean.TRUE.equals(row.get("on_counter", Boolean.class))) {
            channels.add(Channel.COUNTER);
        }
        if (Boolean.TRUE.equals(row.get("on_online", Boolean.class))) {
            channels.add(Channel.ONLINE);
        }
        Number max = row.get("max_amount_fen", Number.class);
        Number fixed = row.get("fixed_fen", Number.class);
        Number percent = row.get("percent_of_amount", Number.class);
        return new Promotion(((Number) row.get("id")).longValue(), row.get("name", String.class),
                row.get("starts_on", LocalDate.class), row.get("ends_on", LocalDate.class),
                ((Number) row.get("min_amount_fen")).longValue(), max == null ? null : max.longValue(),
                percent == null ? null : percent.intValue(), fixed == null ? null : fixed.longValue(),
                ((Number) row.get("max_bonus_fen")).longValue(), channels,
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                Utc.fromDb(row.get("created_at", java.time.LocalDateTime.class)),
                Utc.fromDb(row.get("updated_at", java.time.LocalDateTime.class)));
    }
}
