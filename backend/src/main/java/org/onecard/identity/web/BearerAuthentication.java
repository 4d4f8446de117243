package org.onecard.identity.web;

import org.onecard.identity.CurrentUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A checked access token. Its authorities are exactly the operator's permissions. */
final class BearerAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;

    BearerAuthentication(CurrentUser user) {
        super(user.permissions().stream().map(SimpleGrantedAuthority::new).toList());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.kind() + ":" + user.id();
    }
}
