package org.onecard.cards;

import java.util.List;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.reader.CardSerials;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Finding cards as the counter does: by id, or by what a desk reader typed. */
@Service
public class CardReads {

    private final CardStore cards;
    private final AccountStore accounts;
    private final BusinessClock clock;

    public CardReads(CardStore cards, AccountStore accounts, BusinessClock clock) {
        this.cards = cards;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Mono<CardRecord> record(long id) {
        return cards.find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("Card " + id)));
    }

    /** A live card by its serial (the reader's input), else a card by its number. */
    public Mono<CardView> lookup(String input) {
        String typed = CardSerials.normalize(input);
        return cards.findByInput(typed)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Card " + typed)))
                .flatMap(c -> view(c, null, false));
    }

    public Mono<CardView> view(long id) {
        return record(id).flatMap(c -> view(c, null, false));
    }

    public Mono<CardView> view(long id, Long postingId, boolean replayed) {
        return record(id).flatMap(c -> view(c, postingId, replayed));
    }

    Mono<CardView> view(CardRecord card, Long postingId, boolean replayed) {
        return accounts.findByOwner(OwnerType.PERSON, card.personId()).collectList()
                .map(wallets -> CardView.of(card, clock.accountingDate(clock.now()),
                        balance(wallets, AccountKind.CASH_WALLET), balance(wallets, AccountKind.SUBSIDY_WALLET),
                        postingId, replayed));
    }

    static long balance(List<Account> wallets, AccountKind kind) {
        return wallets.stream().filter(a -> a.kind() == kind).mapToLong(Account::balance).sum();
    }
}
