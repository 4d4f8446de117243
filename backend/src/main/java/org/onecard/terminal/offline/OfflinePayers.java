package org.onecard.terminal.offline;

import org.onecard.cards.domain.CardRecord;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.Account;
import org.onecard.rules.CardTypes;
import org.onecard.rules.MealPeriods;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.MealSchedule;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Who pays an offline record: the card holder's wallets as they stand, their card type's deduction order. */
@Component
class OfflinePayers {

    record Payer(long cashWallet, long subsidyWallet, long cashFen, long subsidyFen, DeductionOrder order,
                 long revenue, MealSchedule schedule) {
    }

    private final StandardAccounts accounts;
    private final CardTypes cardTypes;
    private final MealPeriods meals;

    OfflinePayers(StandardAccounts accounts, CardTypes cardTypes, MealPeriods meals) {
        this.accounts = accounts;
        this.cardTypes = cardTypes;
        this.meals = meals;
    }

    Mono<Payer> of(CardRecord card, long outletId) {
        long person = card.personId();
        // read before the record's transaction: the revenue account's id may be kept
        return Mono.zip(accounts.personWallets(person), cardTypes.deductionOrder(card.cardTypeId()),
                        accounts.outletRevenueOutsideTransaction(outletId), meals.schedule())
                .map(t -> {
                    Account cash = t.getT1().cash();
                    Account subsidy = t.getT1().subsidy();
                    return new Payer(cash.id(), subsidy.id(), cash.balance(), subsidy.balance(), t.getT2(), t.getT3(),
                            t.getT4());
                });
    }
}
