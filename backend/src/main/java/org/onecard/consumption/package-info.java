/**
 * Consumption records (消费) and what the card centre does with them: supplementary entry without
 * a card (补单: person, outlet and terminal, time, amount) and correction (更正) of a recent
 * consumption to the amount that should have been charged, within the correction window.
 *
 * <p>Each consumption is one ledger posting from the person's wallets to the outlet's revenue,
 * and one {@code consumption} row keyed by that posting, written in the same transaction. A
 * correction is a new posting (code CORRECTION) that takes the difference back or charges it,
 * never an edit of the first; a consumption is corrected at most once.
 */
package org.onecard.consumption;
