package org.onecard.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onecard.common.cache.ShortLived;
import org.onecard.common.reader.CardSerials;
import org.onecard.identity.application.PasswordHasher;
import org.onecard.identity.persistence.OperatorStore;
import org.onecard.identity.persistence.OperatorStore.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Creating and managing operators: the entry point other capabilities (and the demo loader) use. */
@Service
public class Operators {

    static final int MAX_USERNAME = 64;
    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_CARD_SERIAL = 64;
    static final Duration ENABLED_TTL = Duration.ofSeconds(5);

    private final OperatorStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final TransactionalOperator tx;
    private final ShortLived<Long, Boolean> enabled;

    public Operators(OperatorStore store, PasswordHasher hasher, Clock clock, ReactiveTransactionManager transactions) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
        this.enabled = new ShortLived<>(id -> store.find(id).map(OperatorStore.OperatorRow::enabled)
                .defaultIfEmpty(false), ENABLED_TTL);
    }

    /** False only on a brand-new installation. */
    public Mono<Boolean> anyExist() {
        return store.anyOperator();
    }

    /**
     * Creates an enabled operator with these roles ({@link Roles}) and returns the id.
     *
     * @param cardSerial the operator card that must be presented at sign-in as a second factor;
     *                   null for none. Stored as a reader would type it, normalised.
     * @throws IllegalArgumentException (in the Mono) for blank or over-long fields, a password
     *                                  BCrypt cannot take, or a role code that does not exist
     */
    public Mono<Long> create(String username, String displayName, String rawPassword, Set<String> roleCodes,
                             String cardSerial) {
        String serial = cardSerial == null || CardSerials.normalize(cardSerial).isEmpty()
                ? null : CardSerials.normalize(cardSerial);
        try {
            requireText(username, MAX_USERNAME, "username");
            requireText(displayName, MAX_DISPLAY_NAME, "displayName");
            if (serial != null && serial.length() > MAX_CARD_SERIAL) {
                throw new IllegalArgumentException("cardSerial is longer than " + MAX_CARD_SERIAL);
            }
        } catch (IllegalArgumentException e) {
            return Mono.error(e);
        }
        Set<String> roles = Set.copyOf(roleCodes);
        return hasher.hash(rawPassword)
                .flatMap(hash -> tx.transactional(store.insert(username.trim(), displayName.trim(), hash, serial,
                                clock.instant())
                        .flatMap(id -> grantRoles(id, roles).thenReturn(id))));
    }

    private Mono<Void> grantRoles(long operatorId, Set<String> roleCodes) {
        if (roleCodes.isEmpty()) {
            return Mono.empty();
        }
        return store.roleIds(roleCodes).collectList().flatMap(ids -> {
            if (ids.size() != roleCodes.size()) {
                return Mono.error(new IllegalArgumentException("Unknown role among " + roleCodes));
            }
            return Flux.fromIterable(ids).concatMap(roleId -> store.addRole(operatorId, roleId)).then();
        });
    }

    /** Replaces the operator's scopes; empty sets mean every department / every outlet. */
    public Mono<Void> setScopes(long operatorId, Set<Long> departmentIds, Set<Long> outletIds) {
        List<Scope> scopes = new ArrayList<>();
        departmentIds.forEach(id -> scopes.add(new Scope(OperatorStore.SCOPE_DEPARTMENT, id)));
        outletIds.forEach(id -> scopes.add(new Scope(OperatorStore.SCOPE_OUTLET, id)));
        return tx.transactional(store.deleteScopes(operatorId)
                .thenMany(Flux.fromIterable(scopes).concatMap(scope -> store.addScope(operatorId, scope)))
                .then());
    }

    /**
     * A disabled operator cannot sign in, their next refresh fails, and the security chain refuses
     * the access tokens they still hold ({@link #isEnabled}).
     */
    public Mono<Boolean> setEnabled(long operatorId, boolean enabled) {
        return store.setEnabled(operatorId, enabled).doOnSuccess(changed -> this.enabled.invalidate());
    }

    /**
     * Whether the operator may still act: false once disabled or gone. Read on every operator
     * request, so it is kept for {@link #ENABLED_TTL}; a change made through this server is seen
     * at once, one made elsewhere (another instance) within that time.
     */
    public Mono<Boolean> isEnabled(long operatorId) {
        return enabled.get(operatorId);
    }

    /** Empty when there is no such operator. */
    public Mono<OperatorProfile> profile(long operatorId) {
        return store.find(operatorId).flatMap(op -> Mono.zip(
                        store.roleCodes(operatorId).collectList(), store.permissions(operatorId).collectList())
                .map(t -> new OperatorProfile(op.id(), op.username(), op.displayName(), op.enabled(),
                        t.getT1(), t.getT2())));
    }

    /** Every operator, disabled ones too (past reports name them), by user name: for pickers and report filters. */
    public Flux<OperatorStore.OperatorRow> names() {
        return store.all();
    }

    private static void requireText(String value, int max, String name) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
    }
}
