package org.onecard.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.SecurityProperties;
import org.onecard.identity.application.AuthOutcome.Refused;
import org.onecard.identity.application.AuthOutcome.SignedIn;
import org.onecard.identity.domain.LoginAccount;
import org.onecard.identity.domain.OpaqueTokens;
import org.onecard.identity.domain.RefreshTokenRecord;
import org.onecard.identity.persistence.RefreshTokenStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A session is a family of refresh tokens started by one sign-in. Each refresh spends its token
 * and hands out the next; a spent token presented again means a copy exists, so the family ends.
 * Two refreshes racing with one token count as that too: clients must refresh one at a time.
 */
@Service
public class Sessions {

    private final RefreshTokenStore store;
    private final AccessTokens accessTokens;
    private final AuthAudit audit;
    private final SecurityProperties properties;
    private final Clock clock;
    private final TransactionalOperator tx;

    public Sessions(RefreshTokenStore store, AccessTokens accessTokens, AuthAudit audit, SecurityProperties properties,
                    Clock clock, ReactiveTransactionManager transactionManager) {
        this.store = store;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactionManager);
    }

    /** Starts a new family for a fresh sign-in. */
    public Mono<TokenPair> start(CurrentUser user) {
        return issue(user, UUID.randomUUID().toString());
    }

    public Mono<AuthOutcome> refresh(AccountSource accounts, String refreshToken, String remoteAddr) {
        if (!plausible(refreshToken)) {
            return Mono.just(invalid());
        }
        Instant now = clock.instant();
        return store.findByHash(OpaqueTokens.digest(refreshToken))
                .flatMap(token -> switch (token.verdict(accounts.kind(), now)) {
                    case USABLE -> rotate(accounts, token, remoteAddr);
                    case REUSED -> reused(token, remoteAddr);
                    case INVALID -> audited(token, remoteAddr, ResultCode.REFRESH_TOKEN_INVALID,
                            token.kind() == accounts.kind() ? "revoked or expired" : "presented at the wrong endpoint");
                })
                .defaultIfEmpty(invalid());
    }

    /** Ends the token's family. Unknown or foreign tokens are ignored: signing out always succeeds. */
    public Mono<Void> logout(AccountSource accounts, String refreshToken, String remoteAddr) {
        if (!plausible(refreshToken)) {
            return Mono.empty();
        }
        return store.findByHash(OpaqueTokens.digest(refreshToken))
                .filter(token -> token.kind() == accounts.kind())
                .flatMap(token -> store.revokeFamily(token.familyId(), clock.instant())
                        .then(audit.success(accounts.kind(), token.principalId(), null, AuthAudit.LOGOUT,
                                "session " + token.familyId(), remoteAddr)));
    }

    private Mono<AuthOutcome> rotate(AccountSource accounts, RefreshTokenRecord token, String remoteAddr) {
        return accounts.find(token.principalId())
                .flatMap(account -> account.enabled()
                        ? spend(accounts, account, token, remoteAddr)
                        : endFamily(token, remoteAddr, ResultCode.ACCOUNT_DISABLED, "account disabled"))
                .switchIfEmpty(Mono.defer(() -> endFamily(token, remoteAddr,
                        ResultCode.REFRESH_TOKEN_INVALID, "account no longer exists")));
    }

    /**
     * The claim and the next token commit together: a second request with the same token waits
     * on the claimed row, finds it spent, and ends the family including the token just issued.
     */
    private Mono<AuthOutcome> spend(AccountSource accounts, LoginAccount account, RefreshTokenRecord token,
                                    String remoteAddr) {
        Mono<AuthOutcome> claimAndIssue = store.claim(token.id(), clock.instant())
                .flatMap(claimed -> claimed
                        ? accounts.principal(account).flatMap(user -> issue(user, token.familyId())
                                .map(tokens -> (AuthOutcome) new SignedIn(tokens, user)))
                        : Mono.<AuthOutcome>empty());
        return tx.transactional(claimAndIssue)
                .flatMap(outcome -> audit.success(accounts.kind(), account.id(), account.name(), AuthAudit.REFRESH,
                        "session " + token.familyId(), remoteAddr).thenReturn(outcome))
                .switchIfEmpty(Mono.defer(() -> lostRace(token, remoteAddr)));
    }

    private Mono<AuthOutcome> lostRace(RefreshTokenRecord token, String remoteAddr) {
        return store.findById(token.id())
                .flatMap(latest -> latest.usedAt() != null
                        ? reused(latest, remoteAddr)
                        : audited(latest, remoteAddr, ResultCode.REFRESH_TOKEN_INVALID, "revoked meanwhile"))
                .defaultIfEmpty(invalid());
    }

    private Mono<AuthOutcome> reused(RefreshTokenRecord token, String remoteAddr) {
        return endFamily(token, remoteAddr, ResultCode.REFRESH_TOKEN_REUSED,
                "a spent refresh token was presented again; the session was ended");
    }

    private Mono<AuthOutcome> endFamily(RefreshTokenRecord token, String remoteAddr, ResultCode code, String detail) {
        return store.revokeFamily(token.familyId(), clock.instant())
                .then(audited(token, remoteAddr, code, detail));
    }

    /** Recorded against the token's owner, whichever endpoint it was presented at. */
    private Mono<AuthOutcome> audited(RefreshTokenRecord token, String remoteAddr, ResultCode code, String detail) {
        return audit.refused(token.kind(), token.principalId(), null, AuthAudit.REFRESH,
                        "session " + token.familyId(), remoteAddr, code, detail)
                .thenReturn(new Refused(code, detail));
    }

    private Mono<TokenPair> issue(CurrentUser user, String familyId) {
        String refreshToken = OpaqueTokens.newToken();
        Instant now = clock.instant();
        return store.insert(OpaqueTokens.digest(refreshToken), familyId, user.kind(), user.id(), now,
                        now.plus(properties.refreshTokenTtl()))
                .then(Mono.fromSupplier(() -> new TokenPair(accessTokens.issue(user), refreshToken,
                        accessTokens.ttlSeconds())));
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= OpaqueTokens.MAX_LENGTH;
    }

    private static Refused invalid() {
        return new Refused(ResultCode.REFRESH_TOKEN_INVALID, "Sign in again");
    }
}
