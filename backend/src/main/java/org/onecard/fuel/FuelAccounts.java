package org.onecard.fuel;

import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The ledger accounts of gas-station cards, opened on first use outside any transaction: per person a
 * volume wallet, a credit line (fen), a credit-volume line and what the fleet owes for credit volume;
 * once each, the volume issued and the credit granted.
 */
@Component
public class FuelAccounts {

    private final AccountStore accounts;

    FuelAccounts(AccountStore accounts) {
        this.accounts = accounts;
    }

    public Mono<Long> volumeWallet(long personId) {
        return accounts.open(AccountKind.VOLUME_WALLET, OwnerType.PERSON, personId, "volume " + personId);
    }

    public Mono<Long> creditLine(long personId) {
        return accounts.open(AccountKind.CREDIT_LINE, OwnerType.PERSON, personId, "credit " + personId);
    }

    public Mono<Long> creditVolumeLine(long personId) {
        return accounts.open(AccountKind.CREDIT_VOLUME_LINE, OwnerType.PERSON, personId, "credit volume " + personId);
    }

    public Mono<Long> receivable(long personId) {
        return accounts.open(AccountKind.FLEET_RECEIVABLE, OwnerType.PERSON, personId, "fleet owes " + personId);
    }

    public Mono<Long> volumeIssued() {
        return accounts.open(AccountKind.VOLUME_ISSUED, OwnerType.SYSTEM, 0, "气量发行");
    }

    public Mono<Long> creditGranted() {
        return accounts.open(AccountKind.CREDIT_GRANTED, OwnerType.SYSTEM, 0, "记账授信");
    }

    /** An account's balance (a wallet's stored one, a counter-account's sum of transfers); 0 when unknown. */
    public Mono<Long> balance(long accountId) {
        return accounts.find(accountId).map(a -> a.balance()).defaultIfEmpty(0L);
    }
}
