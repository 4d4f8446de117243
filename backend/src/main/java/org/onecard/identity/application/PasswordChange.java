package org.onecard.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.SecurityProperties;
import org.onecard.identity.domain.CardholderPasswordRules;
import org.onecard.identity.domain.LoginAccount;
import org.onecard.identity.domain.LoginDecision.Refused;
import org.onecard.identity.domain.LoginPolicy;
import org.onecard.identity.persistence.CardholderStore;
import org.onecard.identity.persistence.RefreshTokenStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A signed-in cardholder replaces their password (the card centre's initial one, or their own).
 * The old password is checked like a sign-in: a wrong one counts towards the same lock, and a
 * locked account cannot change it. Every attempt is audited as the cardholder.
 */
@Service
public class PasswordChange {

    private final CardholderStore store;
    private final CardholderAccounts accounts;
    private final PasswordHasher hasher;
    private final AuthAudit audit;
    private final SecurityProperties properties;
    private final Clock clock;
    private final RefreshTokenStore sessions;

    PasswordChange(CardholderStore store, CardholderAccounts accounts, PasswordHasher hasher, AuthAudit audit,
                   SecurityProperties properties, Clock clock, RefreshTokenStore sessions) {
        this.sessions = sessions;
        this.store = store;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Empty when changed; an {@link ApiException} with the refusal's code otherwise. */
    public Mono<Void> change(long personId, String oldPassword, String newPassword, String remoteAddr) {
        return accounts.find(personId)
                .switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.UNAUTHENTICATED, "No password to change")))
                .flatMap(account -> {
                    Optional<Refused> refused = LoginPolicy.beforePassword(account, clock.instant())
                            .or(() -> CardholderPasswordRules.check(oldPassword, newPassword));
                    return refused.isPresent()
                            ? refuse(account, remoteAddr, refused.get())
                            : hasher.matches(oldPassword, account.passwordHash()).flatMap(matches -> matches
                                    ? replace(account, newPassword, remoteAddr)
                                    : wrongOld(account, remoteAddr));
                });
    }

    /** The new password ends every session of the cardholder's, this one too (the caller starts a fresh one). */
    private Mono<Void> replace(LoginAccount account, String newPassword, String remoteAddr) {
        return hasher.hash(newPassword)
                .flatMap(hash -> store.updatePassword(account.id(), hash, false))
                .then(Mono.defer(() -> sessions.revokeAll(PrincipalKind.CARDHOLDER, account.id(), clock.instant())))
                .then(audit.success(PrincipalKind.CARDHOLDER, account.id(), account.name(), AuthAudit.PASSWORD,
                        String.valueOf(account.id()), remoteAddr));
    }

    /** Counts like a wrong sign-in; the attempt that reaches the limit is answered "locked". */
    private Mono<Void> wrongOld(LoginAccount account, String remoteAddr) {
        Instant now = clock.instant();
        Refused wrong = new Refused(ResultCode.OLD_PASSWORD_WRONG, "The old password is wrong", true);
        return accounts.recordFailure(account.id(), properties.maxFailedLogins(), now.plus(properties.lockDuration()))
                .then(accounts.lockedUntil(account.id()))
                .filter(until -> until.isAfter(now))
                .map(LoginPolicy::locked)
                .defaultIfEmpty(wrong)
                .flatMap(refusal -> refuse(account, remoteAddr, refusal));
    }

    private Mono<Void> refuse(LoginAccount account, String remoteAddr, Refused refusal) {
        return audit.refused(PrincipalKind.CARDHOLDER, account.id(), account.name(), AuthAudit.PASSWORD,
                        String.valueOf(account.id()), remoteAddr, refusal.code(), refusal.detail())
                .then(Mono.error(new ApiException(refusal.code(), refusal.detail())));
    }
}
