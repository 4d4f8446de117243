package org.onecard.ledger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.onecard.common.sql.CoalescedReads;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The accounts every use case talks about, opened on first use. */
@Component
public class StandardAccounts {

    /** A person's two wallets as they stand now. */
    public record PersonWallets(Account cash, Account subsidy) {
    }

    private final AccountStore accounts;
    private final Map<Long, Long> revenueByOutlet = new ConcurrentHashMap<>();
    private final CoalescedReads<Long, List<Account>> accountsByPerson;

    public StandardAccounts(AccountStore accounts) {
        this.accounts = accounts;
        this.accountsByPerson = new CoalescedReads<>(200, 2, people -> accounts.findByOwners(OwnerType.PERSON, people)
                .collect(Collectors.groupingBy(Account::ownerId)));
    }

    /**
     * One read of the person's accounts, outside any transaction (reads that arrive together go as
     * one statement); the wallets are opened (and read again) only when one is missing.
     */
    public Mono<PersonWallets> personWallets(long personId) {
        return accountsByPerson.read(personId).defaultIfEmpty(List.of()).flatMap(all -> {
            Account cash = of(all, AccountKind.CASH_WALLET);
            Account subsidy = of(all, AccountKind.SUBSIDY_WALLET);
            return cash != null && subsidy != null ? Mono.just(new PersonWallets(cash, subsidy))
                    : Mono.zip(cashWallet(personId).flatMap(accounts::find),
                            subsidyWallet(personId).flatMap(accounts::find))
                    .map(t -> new PersonWallets(t.getT1(), t.getT2()));
        });
    }

    private static Account of(List<Account> all, AccountKind kind) {
        return all.stream().filter(a -> a.kind() == kind).findFirst().orElse(null);
    }

    /**
     * {@link #outletRevenue}, for callers outside any transaction: the id found or opened is then
     * committed, and an account's id never changes, so it is kept for the life of the server.
     */
    public Mono<Long> outletRevenueOutsideTransaction(long outletId) {
        Long known = revenueByOutlet.get(outletId);
        return known != null ? Mono.just(known)
                : outletRevenue(outletId).doOnNext(id -> revenueByOutlet.put(outletId, id));
    }

    public Mono<Long> cashWallet(long personId) {
        return accounts.open(AccountKind.CASH_WALLET, OwnerType.PERSON, personId, "cash " + personId);
    }

    public Mono<Long> subsidyWallet(long personId) {
        return accounts.open(AccountKind.SUBSIDY_WALLET, OwnerType.PERSON, personId, "subsidy " + personId);
    }

    public Mono<Long> cashDrawer(long operatorId) {
        return accounts.open(AccountKind.CASH_DRAWER, OwnerType.OPERATOR, operatorId, "drawer " + operatorId);
    }

    public Mono<Long> deposits() {
        return accounts.open(AccountKind.DEPOSITS, OwnerType.SYSTEM, 0, "押金");
    }

    public Mono<Long> fees() {
        return accounts.open(AccountKind.FEES, OwnerType.SYSTEM, 0, "卡成本/管理费");
    }

    public Mono<Long> subsidyFund() {
        return accounts.open(AccountKind.SUBSIDY_FUND, OwnerType.SYSTEM, 0, "补贴资金");
    }

    public Mono<Long> outletRevenue(long outletId) {
        return accounts.open(AccountKind.OUTLET_REVENUE, OwnerType.OUTLET, outletId, "outlet " + outletId);
    }

    /** Money a payment gateway owes us until it settles: one account per gateway, numbered by its caller. */
    public Mono<Long> gatewayClearing(int gatewayNo, String name) {
        return accounts.open(AccountKind.GATEWAY_CLEARING, OwnerType.SYSTEM, gatewayNo, name);
    }

    /** Where a recharge promotion's bonus comes from (DOMAIN §3: the bonus is cash credited, paid by the card centre). */
    public Mono<Long> promotionExpense() {
        return accounts.open(AccountKind.PROMOTION_EXPENSE, OwnerType.SYSTEM, 0, "充值赠送");
    }

    public Mono<Long> reissueHold() {
        return accounts.open(AccountKind.REISSUE_HOLD, OwnerType.SYSTEM, 0, "补卡待领");
    }
}
