package org.onecard.receipts;

import java.util.List;
import java.util.Optional;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.people.application.PersonAccess;
import org.onecard.receipts.ReceiptStore.CardRef;
import org.onecard.receipts.ReceiptStore.Head;
import org.onecard.receipts.ReceiptStore.Movement;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Receipts for booked postings. The receipt number is the accounting date and the posting id, so
 * it needs no counter of its own and a reprint shows the same number.
 */
@Service
public class Receipts {

    private final ReceiptStore store;
    private final PersonAccess access;
    private final ReceiptProperties properties;

    Receipts(ReceiptStore store, PersonAccess access, ReceiptProperties properties) {
        this.store = store;
        this.access = access;
        this.properties = properties;
    }

    public Mono<Receipt> of(long postingId, CurrentUser user) {
        return store.head(postingId).filter(head -> "POSTED".equals(head.status()))
                .switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.NOT_FOUND,
                        "No booked posting " + postingId)))
                .flatMap(head -> store.movements(postingId).collectList().flatMap(moves -> {
                    Optional<Long> person = moves.stream().map(m -> m.debitPerson() != null ? m.debitPerson()
                            : m.creditPerson()).filter(p -> p != null).findFirst();
                    Mono<Optional<CardRef>> card = store.card(postingId).map(Optional::of)
                            .defaultIfEmpty(Optional.empty());
                    if (person.isEmpty()) {
                        return card.map(c -> build(head, moves, c, null, null));
                    }
                    return access.reachable(person.get(), user, "receipt").then(Mono.zip(card,
                                    store.person(person.get())))
                            .map(t -> build(head, moves, t.getT1(), t.getT2().employeeNo(), t.getT2().name()));
                }));
    }

    private Receipt build(Head head, List<Movement> moves, Optional<CardRef> card, String employeeNo, String name) {
        List<Receipt.Line> lines = moves.stream()
                .map(m -> new Receipt.Line(m.code().name(), ReceiptTitles.label(m.code()), m.amount())).toList();
        long total = moves.stream().mapToLong(Movement::amount).reduce(0L, Math::addExact);
        String title = ReceiptTitles.title(card.map(CardRef::eventKind).orElse(null),
                moves.stream().map(Movement::code).toList());
        return new Receipt(Receipt.number(head.accountingDate(), head.id()), head.id(), title,
                properties.organisationName(), head.occurredAt(), head.accountingDate(), head.operatorName(), name,
                employeeNo, card.map(CardRef::cardNo).orElse(null), lines, total,
                after(moves, AccountKind.CASH_WALLET), after(moves, AccountKind.SUBSIDY_WALLET));
    }

    /** The wallet's balance after its last movement in this posting; null when it did not move. */
    private static Long after(List<Movement> moves, AccountKind wallet) {
        Long balance = null;
        for (Movement m : moves) {
            if (m.debitKind() == wallet && m.debitAfter() != null) {
                balance = m.debitAfter();
            }
            if (m.creditKind() == wallet && m.creditAfter() != null) {
                balance = m.creditAfter();
            }
        }
        return balance;
    }
}
