package org.onecard.consumption;

import java.util.Optional;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.merchant.application.Outlets;
import org.onecard.people.application.PersonAccess;
import org.onecard.people.domain.PersonDetails;
import org.onecard.rules.CardTypes;
import org.onecard.rules.domain.DeductionOrder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who pays and who is paid: the person's wallets and balances, their latest card and the
 * deduction order that applies; the outlet's revenue account. Both within the operator's scopes.
 */
@Component
class Payers {

    /** cardId null when the person never had a card. */
    record Payer(PersonDetails person, Long cardId, DeductionOrder order, long cashWallet, long subsidyWallet,
                 long cashFen, long subsidyFen) {
    }

    private final PersonAccess access;
    private final Outlets outlets;
    private final CardStore cards;
    private final CardTypes cardTypes;
    private final StandardAccounts accounts;
    private final AccountStore accountStore;

    Payers(PersonAccess access, Outlets outlets, CardStore cards, CardTypes cardTypes,
           StandardAccounts accounts, AccountStore accountStore) {
        this.access = access;
        this.outlets = outlets;
        this.cards = cards;
        this.cardTypes = cardTypes;
        this.accounts = accounts;
        this.accountStore = accountStore;
    }

    Mono<Payer> of(long personId, CurrentUser user) {
        return access.active(personId, user, "personId").flatMap(person -> cards.cardsOf(personId).last()
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(card -> Mono.zip(cardTypes.deductionOrder(card.map(CardRecord::cardTypeId).orElse(null)), accounts.cashWallet(personId), accounts.subsidyWallet(personId))
                        .flatMap(t -> Mono.zip(balance(t.getT2()), balance(t.getT3()))
                                .map(b -> new Payer(person, card.map(CardRecord::id).orElse(null), t.getT1(),
                                        t.getT2(), t.getT3(), b.getT1(), b.getT2())))));
    }

    /** The outlet's revenue account, 404 when missing, 403 when outside the operator's outlets. */
    Mono<Long> outletRevenue(long outletId, CurrentUser user) {
        return outlets.find(outletId, user).flatMap(found -> found instanceof Outcome.Refused<?> refused
                ? Mono.error(new ApiException(refused.code(), refused.detail()))
                : accounts.outletRevenue(outletId));
    }

    private Mono<Long> balance(long accountId) {
        return accountStore.find(accountId).map(a -> a.balance());
    }
}
