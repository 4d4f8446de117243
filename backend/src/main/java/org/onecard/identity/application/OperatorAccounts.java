package org.onecard.identity.application;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.domain.LoginAccount;
import org.onecard.identity.persistence.OperatorStore;
import org.onecard.identity.persistence.OperatorStore.Scope;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
public class OperatorAccounts implements AccountSource {

    private final OperatorStore store;

    public OperatorAccounts(OperatorStore store) {
        this.store = store;
    }

    @Override
    public PrincipalKind kind() {
        return PrincipalKind.OPERATOR;
    }

    @Override
    public Mono<LoginAccount> find(String username) {
        return store.findLogin(username);
    }

    @Override
    public Mono<LoginAccount> find(long id) {
        return store.findLogin(id);
    }

    @Override
    public Mono<CurrentUser> principal(LoginAccount account) {
        return Mono.zip(store.permissions(account.id()).collectList(), store.scopes(account.id()).collectList())
                .map(t -> new CurrentUser(PrincipalKind.OPERATOR, account.id(), account.name(), Set.copyOf(t.getT1()),
                        scopeIds(t.getT2(), OperatorStore.SCOPE_DEPARTMENT),
                        scopeIds(t.getT2(), OperatorStore.SCOPE_OUTLET)));
    }

    private static Set<Long> scopeIds(List<Scope> scopes, String kind) {
        Set<Long> ids = new HashSet<>();
        scopes.stream().filter(s -> s.kind().equals(kind)).forEach(s -> ids.add(s.id()));
        return ids;
    }

    @Override
    public Mono<Void> recordFailure(long id, int maxFailures, Instant lockUntil) {
        return store.recordFailure(id, maxFailures, lockUntil);
    }

    @Override
    public Mono<Void> clearFailures(long id) {
        return store.clearFailures(id);
    }

    @Override
    public Mono<Instant> lockedUntil(long id) {
        return store.lockedUntil(id);
    }
}
