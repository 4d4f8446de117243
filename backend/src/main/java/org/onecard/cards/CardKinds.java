package org.onecard.cards;

import java.util.List;
import java.util.Optional;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A card's kind (DOMAIN §2): USER, or a card that unlocks a terminal's menu — ADMIN (its holder
 * corrects a sale at the terminal) or OPERATOR (operator authorisation) or SHIFT (班组卡, a station's staff card that hands a
 * dispenser's shift over, org.onecard.shift). The menu cards are registered here, centrally, and sent
 * to terminals as the ADMIN_CARD, OPERATOR_CARD and SHIFT_CARD lists
 * (openapi/terminal-protocol.md §2.8): a change of kind removes the serial from the old list and
 * adds it to the new one, in the same transaction.
 */
@Service
public class CardKinds {

    public enum Kind { USER, ADMIN, OPERATOR, SHIFT }

    private final DatabaseClient db;
    private final CardStore cards;
    private final CardAccess access;
    private final CardReads reads;
    private final BusinessClock clock;
    private final TransactionalOperator tx;

    CardKinds(DatabaseClient db, CardStore cards, CardAccess access, CardReads reads, BusinessClock clock,
              ReactiveTransactionManager transactions) {
        this.db = db;
        this.cards = cards;
        this.access = access;
        this.reads = reads;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
    }

    /** The card's kind, 1002/2010 as for any card read. */
    public Mono<Kind> of(long cardId, CurrentUser user) {
        return access.card(cardId, user).then(of(cardId));
    }

    public Mono<Kind> of(long cardId) {
        return db.sql("SELECT kind FROM card WHERE id = :id").bind("id", cardId)
                .map(row -> Kind.valueOf(row.get("kind", String.class).trim())).one();
    }

    /** 1001 without a kind, 1002/2010 as for any card change; setting the kind it has changes nothing. */
    public Mono<Kind> set(long cardId, Kind kind, CurrentUser user) {
        if (kind == null) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "The kind is required",
                    List.of(new FieldProblem("kind", "must be USER, ADMIN, OPERATOR or SHIFT"))));
        }
        return access.card(cardId, user).then(reads.record(cardId)).flatMap(card -> of(cardId).flatMap(old ->
                old == kind ? Mono.just(kind) : tx.transactional(change(cardId, card.serial(), old, kind))));
    }

    /** From the kind read to the new one in one conditional statement; a concurrent change wins and is answered. */
    private Mono<Kind> change(long cardId, String serial, Kind old, Kind kind) {
        return db.sql("UPDATE card SET kind = :kind WHERE id = :id AND kind = :old")
                .bind("kind", kind.name()).bind("id", cardId).bind("old", old.name()).fetch().rowsUpdated()
                .flatMap(n -> n == 0 ? of(cardId) : list(old)
                        .map(l -> cards.listChange(cardId, serial, l, "REMOVE", clock.now())).orElse(Mono.empty())
                        .then(list(kind).map(l -> cards.listChange(cardId, serial, l, "ADD", clock.now()))
                                .orElse(Mono.empty()))
                        .thenReturn(kind));
    }

    private static Optional<String> list(Kind kind) {
        return kind == Kind.USER ? Optional.empty() : Optional.of(kind.name() + "_CARD");
    }
}
