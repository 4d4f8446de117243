package org.onecard.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.SecurityProperties;
import org.onecard.identity.application.AuthOutcome.Refused;
import org.onecard.identity.application.AuthOutcome.SignedIn;
import org.onecard.identity.domain.LoginAccount;
import org.onecard.identity.domain.LoginDecision;
import org.onecard.identity.domain.LoginPolicy;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Password sign-in for operators and cardholders alike, following {@link LoginPolicy}. Every
 * attempt leaves an audit row; wrong passwords and wrong operator cards count towards the lock.
 */
@Service
public class SignIn {

    /** One attempt as typed. {@code cardSerial} is null for cardholders and for a card-less operator. */
    public record Attempt(String loginName, String password, String cardSerial, String remoteAddr) {
    }

    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final AuthAudit audit;
    private final SecurityProperties properties;
    private final Clock clock;

    public SignIn(PasswordHasher hasher, Sessions sessions, AuthAudit audit, SecurityProperties properties,
                  Clock clock) {
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<AuthOutcome> login(AccountSource accounts, Attempt attempt) {
        return accounts.find(attempt.loginName())
                .flatMap(account -> known(accounts, account, attempt))
                .switchIfEmpty(Mono.defer(() -> unknown(accounts, attempt)));
    }

    /** Same answer as a wrong password, after the same amount of hashing. */
    private Mono<AuthOutcome> unknown(AccountSource accounts, Attempt attempt) {
        LoginDecision.Refused refusal = LoginPolicy.badCredentials();
        return hasher.burn()
                .then(audit.refused(accounts.kind(), null, attempt.loginName(), AuthAudit.LOGIN, attempt.loginName(),
                        attempt.remoteAddr(), refusal.code(), "no such account"))
                .thenReturn(new Refused(refusal.code(), refusal.detail()));
    }

    private Mono<AuthOutcome> known(AccountSource accounts, LoginAccount account, Attempt attempt) {
        Instant now = clock.instant();
        Optional<LoginDecision.Refused> locked = LoginPolicy.beforePassword(account, now);
        if (locked.isPresent()) {
            return refuse(accounts, account, attempt, locked.get());
        }
        return hasher.matches(attempt.password(), account.passwordHash())
                .flatMap(matches -> decide(accounts, account, attempt,
                        LoginPolicy.afterPassword(account, matches, attempt.cardSerial())));
    }

    private Mono<AuthOutcome> decide(AccountSource accounts, LoginAccount account, Attempt attempt,
                                     LoginDecision decision) {
        if (decision instanceof LoginDecision.Refused refusal) {
            return refusal.countsAsFailure()
                    ? countFailure(accounts, account, attempt, refusal)
                    : refuse(accounts, account, attempt, refusal);
        }
        return accounts.clearFailures(account.id())
                .then(accounts.principal(account))
                .flatMap(user -> sessions.start(user)
                        .flatMap(tokens -> audit.success(accounts.kind(), user.id(), user.name(), AuthAudit.LOGIN,
                                        attempt.loginName(), attempt.remoteAddr())
                                .thenReturn(new SignedIn(tokens, user))));
    }

    /** The attempt that reaches the limit is answered "locked" straight away. */
    private Mono<AuthOutcome> countFailure(AccountSource accounts, LoginAccount account, Attempt attempt,
                                           LoginDecision.Refused refusal) {
        Instant now = clock.instant();
        return accounts.recordFailure(account.id(), properties.maxFailedLogins(), now.plus(properties.lockDuration()))
                .then(accounts.lockedUntil(account.id()))
                .filter(until -> until.isAfter(now))
                .flatMap(until -> refuse(accounts, account, attempt, refusal)
                        .then(audit.refused(accounts.kind(), account.id(), attempt.loginName(), AuthAudit.LOCK,
                                attempt.loginName(), attempt.remoteAddr(), ResultCode.ACCOUNT_LOCKED,
                                properties.maxFailedLogins() + " failed attempts; locked until " + until))
                        .thenReturn((AuthOutcome) toOutcome(LoginPolicy.locked(until))))
                .switchIfEmpty(Mono.defer(() -> refuse(accounts, account, attempt, refusal)));
    }

    private Mono<AuthOutcome> refuse(AccountSource accounts, LoginAccount account, Attempt attempt,
                                     LoginDecision.Refused refusal) {
        return audit.refused(accounts.kind(), account.id(), attempt.loginName(), AuthAudit.LOGIN, attempt.loginName(),
                        attempt.remoteAddr(), refusal.code(), null)
                .thenReturn(toOutcome(refusal));
    }

    private static AuthOutcome toOutcome(LoginDecision.Refused refusal) {
        return new Refused(refusal.code(), refusal.detail());
    }
}
