/**
 * Online consumption at a terminal: the 0200 purchase and balance enquiry, decided by
 * {@link org.onecard.terminal.authz.Authoriser} and booked through the ledger with its
 * consumption row (openapi/terminal-protocol.md §2.2).
 */
package org.onecard.terminal.purchase;
