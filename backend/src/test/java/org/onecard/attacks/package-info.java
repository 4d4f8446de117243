/**
 * The attack suites: one place where each attack on OneCard is listed with the test that makes it.
 * All run in {@code make test} on MariaDB; each answer is refused with its documented code and
 * nothing is booked or changed, and the genuine request that follows still works.
 *
 * <h2>Terminals (ISO 8583 over TCP) — {@link org.onecard.attacks.TerminalAttackTests}</h2>
 * <ul>
 * <li>every bit of the MTI, bitmap, card, amount, trace, terminal id and MAC flipped → 63 (or 30/03/58
 *     when the frame no longer decodes as the purchase), closed, nothing booked, the trace still usable</li>
 * <li>a replayed trace: the identical frame gets the first reply; other amount, card or time under it → 94 (1007)</li>
 * <li>a frame MACed with another terminal's key, another terminal's id with this key → 63, closed</li>
 * <li>the old key after a key reset → 63 at once; the new key works</li>
 * <li>an unknown terminal → 03; a disabled one → 58; both closed</li>
 * <li>a sign-on with another device serial → 63, closed</li>
 * <li>elsewhere: oversized, zero-length, truncated frames and garbage bitmaps
 *     ({@code terminal.server.TerminalServerTests}); pay codes forged, replayed or of another card
 *     ({@code paycode}); per-terminal connection limits ({@code terminal.server.TerminalServerLimitsTests})</li>
 * </ul>
 *
 * <h2>Access tokens — {@link org.onecard.attacks.JwtAttackTests}</h2>
 * <ul>
 * <li>{@code alg: none} (any case, with or without a signature) → 401 2003</li>
 * <li>algorithm confusion: HS512/HS384 under the server's own secret, RS256 by a stranger's key, an
 *     RS256 header over an HMAC, HS256 by another secret → 2003</li>
 * <li>wrong or missing issuer or audience → 2003; expired → 2002; not yet valid → 2003</li>
 * <li>a genuine token with its permissions raised or its kind changed → 2003</li>
 * <li>a cardholder token on operator endpoints and an operator token on the mobile page's → 403 2010</li>
 * <li>a token anywhere but the Bearer header (query, cookie) is not read</li>
 * <li>refresh-token reuse revokes the whole session (family) → 2009, then 2008 for its newest token:
 *     {@code identity.web.SessionTests}; password guessing locks the account:
 *     {@code identity.web.OperatorLoginTests}</li>
 * </ul>
 *
 * <h2>Payment notifications — {@link org.onecard.attacks.NotificationAttackTests}</h2>
 * <ul>
 * <li>a signature taken from another notification (WeChat headers, Alipay {@code sign}), a second
 *     {@code out_trade_no} in front of a signed form → refused</li>
 * <li>a genuinely signed notification for an unknown order, the other gateway's order, another merchant → refused</li>
 * <li>the genuine notification credits once; its replays are taken and credit nothing</li>
 * <li>elsewhere ({@code payments.NotificationTests}): a stranger's key, a changed body, another
 *     amount or app id, signed more than five minutes ago or ahead, eight copies at once, racing the
 *     order query, unreadable bodies</li>
 * </ul>
 *
 * <h2>HTTP input — {@link org.onecard.attacks.InjectionAttackTests}, {@link org.onecard.attacks.HttpInputAttackTests}</h2>
 * Driven by {@code openapi/openapi.yaml}, so a new endpoint is attacked as soon as it is in the contract.
 * <ul>
 * <li>SQL and script injection in every text field of every write, and in every text parameter of
 *     every read (search filters, path names): 4xx problem+json with a code and no table changed, or
 *     kept verbatim as data and returned as JSON; the front ends never render data as HTML</li>
 * <li>bodies above 256 KB → 413 problem+json 1005</li>
 * <li>unreadable JSON, wrong JSON types, empty bodies, negative, fractional, string and overflowing amounts → 4xx, nothing changed</li>
 * <li>path traversal in upload file names, path parameters and static paths; in photo ZIP entries:
 *     {@code people.face.web.PhotoImportApiTests}</li>
 * </ul>
 */
package org.onecard.attacks;
