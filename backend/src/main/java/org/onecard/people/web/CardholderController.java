package org.onecard.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.people.Person;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.people.web.CardholderViews.CardSummary;
import org.onecard.people.web.CardholderViews.CardholderView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/h5")
@Tag(name = "cardholder")
class CardholderController {

    private final PeopleStore people;
    private final AccountStore accounts;
    private final CardStore cards;
    private final BusinessClock clock;

    CardholderController(PeopleStore people, AccountStore accounts, CardStore cards, BusinessClock clock) {
        this.people = people;
        this.accounts = accounts;
        this.cards = cards;
        this.clock = clock;
    }

    @GetMapping("/me")
    @Operation(operationId = "cardholderMe", summary = "The signed-in cardholder, wallet balances and cards")
    Mono<CardholderView> me(@AuthenticationPrincipal CurrentUser user) {
        return people.findPerson(user.id())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Person " + user.id())))
                .flatMap(person -> Mono.zip(
                                accounts.findByOwner(OwnerType.PERSON, person.id()).collectList(),
                                cards.cardsOf(person.id())
                                        .map(c -> new CardSummary(c.cardNo(),
                                                c.state().effective(clock.accountingDate(clock.now())).name(),
                                                c.expiresOn())).collectList())
                        .map(t -> view(person, t.getT1(), t.getT2())));
    }

    private static CardholderView view(Person person, List<Account> wallets, List<CardSummary> cards) {
        long cash = balanceOf(wallets, AccountKind.CASH_WALLET);
        long subsidy = balanceOf(wallets, AccountKind.SUBSIDY_WALLET);
        return new CardholderView(person.id(), person.employeeNo(), person.name(), person.departmentName(),
                cash, subsidy, Math.addExact(cash, subsidy), cards);
    }

    private static long balanceOf(List<Account> wallets, AccountKind kind) {
        return wallets.stream().filter(a -> a.kind() == kind).mapToLong(Account::balance).sum();
    }
}
