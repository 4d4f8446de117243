package org.onecard.terminal.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.onecard.cards.domain.CardRecord;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.people.domain.GroupRule;
import org.onecard.people.persistence.GroupStore;
import org.onecard.rules.CardTypes;
import org.onecard.rules.MealPeriods;
import org.onecard.rules.Parameters;
import org.onecard.rules.domain.CardType;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.authz.AuthRequest;
import org.onecard.terminal.authz.Balances;
import org.onecard.terminal.authz.CardFacts;
import org.onecard.terminal.authz.Entry;
import org.onecard.terminal.authz.GroupWindows;
import org.onecard.terminal.authz.ModeSettings;
import org.onecard.terminal.authz.OverdraftPassword;
import org.onecard.terminal.authz.TerminalSetup;
import org.onecard.terminal.authz.Usage;
import org.onecard.terminal.registry.domain.Terminal;
import org.onecard.terminal.registry.persistence.TerminalStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gathers what {@link org.onecard.terminal.authz.Authoriser} decides a purchase on: the
 * terminal's registered fixed amount and same-card interval (no mode switches yet), the card's
 * type (a card without one pays under no limits, in the system's deduction order), its holder's
 * group rules, balances, usage so far from the consumption table, parameters and meal schedule.
 */
@Component
class PurchaseFacts {

    /** The request for the authoriser and the wallets a booking debits. */
    record Gathered(AuthRequest request, long personId, long cashWallet, long subsidyWallet) {
    }

    private final TerminalStore terminals;
    private final CardTypes cardTypes;
    private final GroupStore groups;
    private final UsageStore usage;
    private final StandardAccounts accounts;
    private final AccountStore accountStore;
    private final Parameters parameters;
    private final MealPeriods meals;
    private final BusinessClock clock;

    PurchaseFacts(TerminalStore terminals, CardTypes cardTypes, GroupStore groups, UsageStore usage,
                  StandardAccounts accounts, AccountStore accountStore, Parameters parameters, MealPeriods meals,
                  BusinessClock clock) {
        this.terminals = terminals;
        this.cardTypes = cardTypes;
        this.groups = groups;
        this.usage = usage;
        this.accounts = accounts;
        this.accountStore = accountStore;
        this.parameters = parameters;
        this.meals = meals;
        this.clock = clock;
    }

    Mono<Gathered> gather(TerminalAuth auth, CardRecord card, long amountFen, Instant now) {
        long personId = card.personId();
        return Mono.zip(parameters.current(), meals.schedule(), setup(auth), groupRules(personId))
                .flatMap(t -> Mono.zip(type(card, t.getT1()), wallets(personId))
                        .flatMap(w -> usage(personId, now, t.getT2(), t.getT4()).map(used -> new Gathered(
                                new AuthRequest(t.getT3(), new CardFacts(card.id(), card.state(), w.getT1(), t.getT4()),
                                        now, clock.zone(), new Entry.Amount(amountFen), OverdraftPassword.NOT_GIVEN,
                                        w.getT2().balances(), used, t.getT2(), t.getT1()),
                                personId, w.getT2().cash().id(), w.getT2().subsidy().id()))));
    }

    /** The person's two wallets as they stand now. */
    record Wallets(Account cash, Account subsidy) {
        Balances balances() {
            return new Balances(cash.balance(), subsidy.balance());
        }
    }

    Mono<Wallets> wallets(long personId) {
        return Mono.zip(accounts.cashWallet(personId).flatMap(accountStore::find),
                accounts.subsidyWallet(personId).flatMap(accountStore::find)).map(t -> new Wallets(t.getT1(), t.getT2()));
    }

    private Mono<TerminalSetup> setup(TerminalAuth auth) {
        return terminals.find(auth.id())
                .map(t -> new TerminalSetup(auth, settings(t), t.sameCardIntervalSeconds(), List.of()))
                .defaultIfEmpty(new TerminalSetup(auth, ModeSettings.none(), 0, List.of()));
    }

    private static ModeSettings settings(Terminal t) {
        return ModeSettings.none().withFixedAmount(t.fixedAmountFen() == null ? 0 : t.fixedAmountFen());
    }

    private Mono<CardTypeRules> type(CardRecord card, SystemParameters params) {
        CardTypeRules none = noLimits(params);
        return card.cardTypeId() == null ? Mono.just(none)
                : cardTypes.find(card.cardTypeId()).map(CardType::rules).defaultIfEmpty(none);
    }

    static CardTypeRules noLimits(SystemParameters params) {
        Set<Integer> allMeals = IntStream.rangeClosed(1, MealPeriod.COUNT).boxed().collect(Collectors.toSet());
        return new CardTypeRules("-", 100, 0, 0, 0, 0, params.defaultDeductionOrder(), 0, 0, 0, 0, allMeals, true,
                Set.of());
    }

    private Mono<List<GroupRule>> groupRules(long personId) {
        return usage.groupOf(personId).flatMapMany(groups::rules).collectList();
    }

    private Mono<Usage> usage(long personId, Instant now, MealSchedule schedule, List<GroupRule> rules) {
        ZoneId zone = clock.zone();
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDate date = clock.accountingDate(now);
        Integer meal = schedule.at(local.toLocalTime()).map(MealPeriod::id).orElse(null);
        Optional<GroupRule> window = GroupWindows.at(rules, local.toLocalTime());
        Mono<Integer> windowCount = window.map(w -> usage.countBetween(personId,
                        local.toLocalDate().atTime(w.windowStart()).atZone(zone).toInstant(),
                        local.toLocalDate().atTime(w.windowEnd()).plusNanos(999_999_999).atZone(zone).toInstant()))
                .orElse(Mono.just(0));
        Mono<UsageStore.Tally> mealTally = meal == null ? Mono.just(new UsageStore.Tally(0, 0))
                : usage.day(personId, date, meal);
        return Mono.zip(usage.day(personId, date, null), mealTally, windowCount,
                        usage.lastUse(personId).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .map(t -> new Usage(t.getT1().count(), t.getT1().amountFen(), t.getT2().count(), t.getT2().amountFen(),
                        t.getT3(), t.getT4().orElse(null)));
    }
}
