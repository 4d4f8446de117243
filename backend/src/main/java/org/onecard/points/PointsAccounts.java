package org.onecard.points;

import java.util.concurrent.atomic.AtomicReference;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A person's points wallet and the one POINTS_ISSUED account, opened on first use outside any transaction. */
@Component
public class PointsAccounts {

    private final AccountStore accounts;
    private final AtomicReference<Long> issued = new AtomicReference<>();

    PointsAccounts(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** The person's points wallet, opened when missing. */
    public Mono<Long> wallet(long personId) {
        return accounts.open(AccountKind.POINTS_WALLET, OwnerType.PERSON, personId, "points " + personId);
    }

    /** The person's points wallet as it stands, or empty when the person never had points. */
    public Mono<Account> existingWallet(long personId) {
        return accounts.findByOwner(OwnerType.PERSON, personId)
                .filter(a -> a.kind() == AccountKind.POINTS_WALLET).next();
    }

    /** The counter-account points are issued from and spent back to; its id never changes, so it is kept. */
    public Mono<Long> issued() {
        Long known = issued.get();
        return known != null ? Mono.just(known)
                : accounts.open(AccountKind.POINTS_ISSUED, OwnerType.SYSTEM, 0, "积分发行").doOnNext(issued::set);
    }
}
