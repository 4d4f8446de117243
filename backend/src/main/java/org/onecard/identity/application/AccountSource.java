package org.onecard.identity.application;

import java.time.Instant;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.domain.LoginAccount;
import reactor.core.publisher.Mono;

/** Where one kind of principal keeps its credentials: sign-in and refresh work the same over both. */
public interface AccountSource {

    PrincipalKind kind();

    /** By the name typed at sign-in: operator user name or employee number. */
    Mono<LoginAccount> find(String loginName);

    Mono<LoginAccount> find(long id);

    /** The principal a token will carry, with current permissions and scopes. */
    Mono<CurrentUser> principal(LoginAccount account);

    Mono<Void> recordFailure(long id, int maxFailures, Instant lockUntil);

    Mono<Void> clearFailures(long id);

    Mono<Instant> lockedUntil(long id);
}
