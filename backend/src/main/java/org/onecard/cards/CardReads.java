package org.onecard.cards;

import java.util.List;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.subsidy.SubsidyQueries;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Finding cards as the counter does: by id, or by what a desk reader typed. */
@Service
public class CardReads {

    private final CardStore cards;
    private final AccountStore accounts;
    private final BusinessClock clock;
    private final CredentialResolver credentials;
    private final SubsidyQueries subsidies;

    public CardReads(CardStore cards, AccountStore accounts, BusinessClock clock, CredentialResolver credentials,
                     SubsidyQueries subsidies) {
        this.subsidies = subsidies;
        this.cards = cards;
        this.accounts = accounts;
        this.clock = clock;
        this.credentials = credentials;
    }

    public Mono<CardRecord> record(long id) {
        return cards.find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("Card " + id)));
    }

    /** The card a live serial, card number, face id, P:person id or E:employee number stands for. */
    public Mono<CardView> lookup(String input) {
        return credentials.card(input).flatMap(c -> view(c, null, false));
    }

    public Mono<CardView> view(long id) {
        return record(id).flatMap(c -> view(c, null, false));
    }

    public Mono<CardView> view(long id, Long postingId, boolean replayed) {
        return record(id).flatMap(c -> view(c, postingId, replayed));
    }

    Mono<CardView> view(CardRecord card, Long postingId, boolean replayed) {
        return Mono.zip(accounts.findByOwner(OwnerType.PERSON, card.personId()).collectList(),
                        subsidies.pendingFen(card.personId()))
                .map(t -> CardView.of(card, clock.accountingDate(clock.now()),
                        balance(t.getT1(), AccountKind.CASH_WALLET), balance(t.getT1(), AccountKind.SUBSIDY_WALLET),
                        t.getT2(), postingId, replayed));
    }

    static long balance(List<Account> wallets, AccountKind kind) {
        return wallets.stream().filter(a -> a.kind() == kind).mapToLong(Account::balance).sum();
    }
}
