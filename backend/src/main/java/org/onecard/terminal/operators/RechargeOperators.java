package org.onecard.terminal.operators;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import org.onecard.cards.CardKinds;
import org.onecard.cards.CardPins;
import org.onecard.cards.CredentialResolver;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Credentials;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.sql.Utc;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.operators.domain.TerminalOperator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Recharge operators (DOMAIN §2): an operator of the card centre bound to exactly one operator
 * authorisation card (kind OPERATOR) and that card to them. At a recharge POS or cashier machine the
 * operator signs on with the card and its PIN (the card's own, {@code PUT /api/cards/{id}/pin});
 * in this order: the card names a bound authorisation card of an enabled operator (5143), the card
 * is in a normal state (its state's code: lost 5005, frozen, cancelled, expired …), the binding is
 * not locked (5132), the PIN matches (else 5131, the third wrong one in a row locks: 5132). A
 * right PIN clears the count; the card centre unlocks.
 */
@Service
public class RechargeOperators {

    /** A binding as the card centre sees it. */
    public record Binding(long operatorId, String username, String displayName, long cardId, String cardNo,
                          String serial, String cardStatus, int failedAttempts, boolean locked, Instant createdAt) {
    }

    /** An enabled operator not yet bound to an authorisation card: whom the card centre may bind. */
    public record Candidate(long operatorId, String username, String displayName) {
    }

    private final DatabaseClient db;
    private final CredentialResolver credentials;
    private final CardPins pins;
    private final CardKinds kinds;
    private final BusinessClock clock;

    RechargeOperators(DatabaseClient db, CredentialResolver credentials, CardPins pins, CardKinds kinds,
                      BusinessClock clock) {
        this.db = db;
        this.credentials = credentials;
        this.pins = pins;
        this.kinds = kinds;
        this.clock = clock;
    }

    /** The operator the authorisation card and PIN sign on, or why not. */
    public Mono<Outcome<Long>> signOn(String serial, String pin) {
        Outcome<Long> notAuthorising = Outcome.refused(ResultCode.NOT_AUTHORISATION_CARD,
                "The card is not a bound operator authorisation card");
        return credentials.resolve(serial).flatMap(found -> {
            if (!(found instanceof Outcome.Done<Credentials.Match> match)) {
                return Mono.just(notAuthorising);
            }
            CardRecord card = match.value().card();
            return binding(card.id()).flatMap(b -> {
                if (Lifecycle.acceptsMoney(card.state(), clock.accountingDate(clock.now()))
                        instanceof Transition.Refused abnormal) {
                    return Mono.just(Outcome.<Long>refused(abnormal.code(), "An abnormal card cannot authorise"));
                }
                if (b.failedAttempts() >= TerminalOperator.MAX_FAILED_ATTEMPTS) {
                    return Mono.just(locked());
                }
                return pins.matches(card.id(), pin).flatMap(right -> right
                        ? db.sql("UPDATE recharge_operator SET failed_attempts = 0 WHERE operator_id = :op")
                                .bind("op", b.operatorId()).fetch().rowsUpdated().thenReturn(Outcome.done(b.operatorId()))
                        : failed(b.operatorId()));
            }).defaultIfEmpty(notAuthorising);
        });
    }

    private Mono<Outcome<Long>> failed(long operatorId) {
        return db.sql("UPDATE recharge_operator SET failed_attempts = failed_attempts + 1 WHERE operator_id = :op")
                .bind("op", operatorId).fetch().rowsUpdated()
                .then(db.sql("SELECT failed_attempts FROM recharge_operator WHERE operator_id = :op")
                        .bind("op", operatorId).map(r -> ((Number) r.get("failed_attempts")).intValue()).one())
                .map(n -> n >= TerminalOperator.MAX_FAILED_ATTEMPTS ? locked()
                        : Outcome.refused(ResultCode.OPERATOR_PASSWORD_WRONG, "Wrong PIN (" + n + " of "
                                + TerminalOperator.MAX_FAILED_ATTEMPTS + ")"));
    }

    private static Outcome<Long> locked() {
        return Outcome.refused(ResultCode.OPERATOR_LOCKED, "The authorisation card is locked after three wrong PINs");
    }

    public Mono<List<Binding>> list() {
        return db.sql(SELECT + " ORDER BY r.operator_id").map(RechargeOperators::read).all().collectList();
    }

    /** Enabled operators without a binding, by username. */
    public Mono<List<Candidate>> candidates() {
        return db.sql("SELECT o.id, o.username, o.display_name FROM operator o WHERE o.enabled = :yes"
                        + " AND NOT EXISTS (SELECT 1 FROM recharge_operator r WHERE r.operator_id = o.id)"
                        + " ORDER BY o.username")
                .bind("yes", true)
                .map(r -> new Candidate(((Number) r.get("id")).longValue(), r.get("username", String.class),
                        r.get("display_name", String.class)))
                .all().collectList();
    }

    /** Binds the card to the operator: the card must be an OPERATOR card (5143); either already bound: 5148. */
    public Mono<Outcome<Binding>> bind(long operatorId, long cardId) {
        return Mono.zip(kinds.of(cardId).map(k -> k == CardKinds.Kind.OPERATOR).defaultIfEmpty(false),
                        db.sql("SELECT COUNT(*) AS n FROM operator WHERE id = :id").bind("id", operatorId)
                                .map(r -> ((Number) r.get("n")).longValue() > 0).one())
                .flatMap(t -> {
                    if (!t.getT2()) {
                        return Mono.just(Outcome.<Binding>notFound("operator " + operatorId));
                    }
                    if (!t.getT1()) {
                        return Mono.just(Outcome.<Binding>refused(ResultCode.NOT_AUTHORISATION_CARD,
                                "Card " + cardId + " is not an OPERATOR card"));
                    }
                    return db.sql("INSERT INTO recharge_operator (operator_id, card_id, failed_attempts, created_at,"
                                    + " updated_at) VALUES (:op, :card, 0, :at, :at)")
                            .bind("op", operatorId).bind("card", cardId).bind("at", Utc.toDb(clock.now()))
                            .fetch().rowsUpdated().then(find(operatorId)).map(Outcome::done)
                            .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(Outcome.refused(
                                    ResultCode.AUTHORISATION_CARD_TAKEN, "The operator or the card is already bound")));
                });
    }

    public Mono<Outcome<Binding>> unbind(long operatorId) {
        return find(operatorId).flatMap(b -> db.sql("DELETE FROM recharge_operator WHERE operator_id = :op")
                        .bind("op", operatorId).fetch().rowsUpdated().thenReturn(Outcome.done(b)))
                .defaultIfEmpty(Outcome.notFound("recharge operator " + operatorId));
    }

    /** Clears the wrong-PIN count. */
    public Mono<Outcome<Binding>> unlock(long operatorId) {
        return db.sql("UPDATE recharge_operator SET failed_attempts = 0, updated_at = :at WHERE operator_id = :op")
                .bind("op", operatorId).bind("at", Utc.toDb(clock.now())).fetch().rowsUpdated()
                .then(find(operatorId)).map(Outcome::done)
                .defaultIfEmpty(Outcome.notFound("recharge operator " + operatorId));
    }

    private Mono<Binding> find(long operatorId) {
        return db.sql(SELECT + " WHERE r.operator_id = :op").bind("op", operatorId).map(RechargeOperators::read).one();
    }

    /** The binding of an enabled operator to this card; empty when none. */
    private Mono<Binding> binding(long cardId) {
        return db.sql(SELECT + " WHERE r.card_id = :card AND o.enabled = :yes").bind("card", cardId).bind("yes", true)
                .map(RechargeOperators::read).one();
    }

    private static final String SELECT = "SELECT r.operator_id, o.username, o.display_name, r.card_id, c.card_no,"
            + " c.serial, c.status, r.failed_attempts, r.created_at FROM recharge_operator r"
            + " JOIN operator o ON o.id = r.operator_id JOIN card c ON c.id = r.card_id";

    private static Binding read(Readable r) {
        int failed = ((Number) r.get("failed_attempts")).intValue();
        return new Binding(((Number) r.get("operator_id")).longValue(), r.get("username", String.class),
                r.get("display_name", String.class), ((Number) r.get("card_id")).longValue(),
                r.get("card_no", String.class), r.get("serial", String.class), r.get("status", String.class).trim(),
                failed, failed >= TerminalOperator.MAX_FAILED_ATTEMPTS,
                Utc.fromDb(r.get("created_at", java.time.LocalDateTime.class)));
    }
}
