/**
 * Dispensers' nozzles, shift teams (班组) and their staff cards, shift hand-overs (交接班) per nozzle
 * and the shift report (DOMAIN §2, §5; issue 7). {@code domain} holds the pure rules (drafts, the
 * per-nozzle hand-over decision), {@code application} the use cases, {@code web} the HTTP API and
 * {@code terminal} the 0800 hand-over (openapi/terminal-protocol.md §2.10). Card sales of a shift
 * are read through one seam, {@link org.onecard.shift.application.CardSales}.
 */
package org.onecard.shift;
