/**
 * Online authorisation of a purchase (DOMAIN §2, §4) as pure rules: no Spring, no database, no
 * Netty. The terminal server gathers an {@link org.onecard.terminal.authz.AuthRequest} and books
 * what {@link org.onecard.terminal.authz.Authoriser#decide} approves.
 */
package org.onecard.terminal.authz;
