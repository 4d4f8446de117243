package org.onecard.identity.application;

import java.time.Instant;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.domain.LoginAccount;
import org.onecard.identity.persistence.CardholderStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
public class CardholderAccounts implements AccountSource {

    private final CardholderStore store;

    public CardholderAccounts(CardholderStore store) {
        this.store = store;
    }

    @Override
    public PrincipalKind kind() {
        return PrincipalKind.CARDHOLDER;
    }

    @Override
    public Mono<LoginAccount> find(String employeeNo) {
        return store.findLogin(employeeNo);
    }

    @Override
    public Mono<LoginAccount> find(long personId) {
        return store.findLogin(personId);
    }

    @Override
    public Mono<CurrentUser> principal(LoginAccount account) {
        return Mono.just(CurrentUser.cardholder(account.id(), account.name()));
    }

    @Override
    public Mono<Void> recordFailure(long personId, int maxFailures, Instant lockUntil) {
        return store.recordFailure(personId, maxFailures, lockUntil);
    }

    @Override
    public Mono<Void> clearFailures(long personId) {
        return store.clearFailures(personId);
    }

    @Override
    public Mono<Instant> lockedUntil(long personId) {
        return store.lockedUntil(personId);
    }
}
