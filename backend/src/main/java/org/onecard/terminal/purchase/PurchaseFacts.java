package org.onecard.terminal.purchase;

import java.time.Duration;
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
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
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
import org.onecard.terminal.authz.GroupWindows;
import org.onecard.terminal.authz.TerminalSetup;
import org.onecard.terminal.authz.Usage;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gathers what {@link org.onecard.terminal.authz.Authoriser} decides a purchase on: the
 * terminal's work-mode values, switches and same-card interval and the overdraft password's match
 * ({@link PurchaseModes}), the card's type (a card without one pays under no limits, in the
 * system's deduction order), its holder's group rules, balances, usage so far from the
 * consumption table, parameters and meal schedule.
 */
@Component
class PurchaseFacts {

    /** The request for the authoriser and the wallets a booking debits. */
    record Gathered(AuthRequest request, long personId, long cashWallet, long subsidyWallet) {
    }

    private final PurchaseModes modes;
    private final CardTypes cardTypes;
    private final GroupStore groups;
    private final UsageStore usage;
    private final StandardAccounts accounts;
    private final Parameters parameters;
    private final MealPeriods meals;
    private final BusinessClock clock;

    PurchaseFacts(PurchaseModes modes, CardTypes cardTypes, GroupStore groups, UsageStore usage,
                  StandardAccounts accounts, Parameters parameters, MealPeriods meals,
                  BusinessClock clock) {
        this.modes = modes;
        this.cardTypes = cardTypes;
        this.groups = groups;
        this.usage = usage;
        this.accounts = accounts;
        this.parameters = parameters;
        this.meals = meals;
        this.clock = clock;
    }

    /**
     * Reads: the terminal's mode values, the person (group, wallets and the day's tallies in one
     * statement), then only what the terminal and the group need (group rules, a window's count,
     * the last online use). Parameters, meal periods and card types come from short-lived caches.
     */
    Mono<Gathered> gather(TerminalAuth auth, CardRecord card, PurchaseRequest purchase, Instant now) {
        long personId = card.personId();
        LocalDateTime local = LocalDateTime.ofInstant(now, clock.zone());
        return Mono.zip(parameters.current(), meals.schedule(), modes.setup(auth, purchase.entry()),
                        modes.password(card.id(), purchase.overdraftPassword()))
                .flatMap(t -> {
                    Integer meal = t.getT2().at(local.toLocalTime()).map(MealPeriod::id).orElse(null);
                    return Mono.zip(type(card, t.getT1()),
                                    usage.personUse(personId, clock.accountingDate(now), meal))
                            .flatMap(p -> Mono.zip(wallets(p.getT2(), personId), groupRules(p.getT2().groupId()))
                                    .flatMap(w -> usage(personId, now, p.getT2().tally(), w.getT2(),
                                            t.getT3().sameCardIntervalSeconds())
                                            .map(used -> new Gathered(new AuthRequest(t.getT3(),
                                                    new CardFacts(card.id(), card.state(), p.getT1(), w.getT2(),
                                                            card.cylinderDueOn(), card.greyLockId() != null),
                                                    now, clock.zone(), purchase.entry(), t.getT4(),
                                                    w.getT1().balances(), used, t.getT2(), t.getT1()),
                                                    personId, w.getT1().cash().id(), w.getT1().subsidy().id()))));
                });
    }

    /** What a purchase no card pays (a WeChat / Alipay payment code) is decided on: the terminal and the meal periods. */
    record AtTerminal(TerminalSetup terminal, MealSchedule meals) {
    }

    Mono<AtTerminal> atTerminal(TerminalAuth auth, PurchaseRequest purchase) {
        return Mono.zip(modes.setup(auth, purchase.entry()), meals.schedule()).map(t -> new AtTerminal(t.getT1(), t.getT2()));
    }

    /** When the card was last used online (server time), read only when the terminal has an interval. */
    private Mono<Optional<Instant>> lastUse(long personId, Instant now, int intervalSeconds) {
        return intervalSeconds == 0 ? Mono.just(Optional.empty())
                : usage.lastOnlineUse(personId, now.minus(Duration.ofDays(1)))
                        .map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    /** The person's two wallets as they stand now. */
    record Wallets(Account cash, Account subsidy) {
        Balances balances() {
            return new Balances(cash.balance(), subsidy.balance());
        }
    }

    /** The wallets read with the person; opened (and read again) only when one is missing. */
    private Mono<Wallets> wallets(UsageStore.PersonUse p, long personId) {
        if (p.cashWallet() == null || p.subsidyWallet() == null) {
            return wallets(personId);
        }
        return Mono.just(new Wallets(
                new Account(p.cashWallet(), AccountKind.CASH_WALLET, OwnerType.PERSON, personId, "", p.cashFen()),
                new Account(p.subsidyWallet(), AccountKind.SUBSIDY_WALLET, OwnerType.PERSON, personId, "",
                        p.subsidyFen())));
    }

    /** One read of the person's accounts; the wallets are opened only when one is missing. */
    Mono<Wallets> wallets(long personId) {
        return accounts.personWallets(personId).map(w -> new Wallets(w.cash(), w.subsidy()));
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

    private Mono<List<GroupRule>> groupRules(Long groupId) {
        return groupId == null ? Mono.just(List.of()) : groups.rules(groupId).collectList();
    }

    private Mono<Usage> usage(long personId, Instant now, UsageStore.DayAndMeal tally, List<GroupRule> rules,
                              int intervalSeconds) {
        ZoneId zone = clock.zone();
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        Optional<GroupRule> window = GroupWindows.at(rules, local.toLocalTime());
        Mono<Integer> windowCount = window.map(w -> usage.countBetween(personId,
                        local.toLocalDate().atTime(w.windowStart()).atZone(zone).toInstant(),
                        local.toLocalDate().atTime(w.windowEnd()).plusNanos(999_999_999).atZone(zone).toInstant()))
                .orElse(Mono.just(0));
        return Mono.zip(windowCount, lastUse(personId, now, intervalSeconds))
                .map(t -> new Usage(tally.day().count(), tally.day().amountFen(), tally.meal().count(),
                        tally.meal().amountFen(), t.getT1(), t.getT2().orElse(null)));
    }
}
