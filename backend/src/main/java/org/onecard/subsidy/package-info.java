/**
 * Subsidies (补贴): money the organisation grants to cardholders' subsidy wallets.
 *
 * <h2>Life of a subsidy</h2>
 * REGISTERED (by hand or import; may still be deleted) → DISTRIBUTED (下发; can no longer be
 * deleted, only reversed) → CLAIMED into the subsidy wallet as soon as the person holds a usable
 * card: at distribution, or when a card becomes usable again (issue, reissue, unloss, unfreeze),
 * or by the periodic sweep. A claimed subsidy is closed by expiry (what is left of it is cleared,
 * booked as SUBSIDY_CLEARED), by a later reset-mode subsidy (SUPERSEDED: the reset cleared the
 * wallet), or by reversal (the granted amount goes back to the fund, SUBSIDY_REVERSAL).
 *
 * <h2>Exactly once</h2>
 * Every money step books through the ledger under a key derived from the subsidy id, and moves
 * the subsidy's status with a conditional update in the same transaction: a second claim,
 * expiry or reversal of the same subsidy finds the status gone and changes nothing.
 *
 * <h2>What is left of a subsidy at its expiry</h2>
 * The wallet does not remember which grant each fen came from. Spending is taken to draw on the
 * subsidy that expires first, so at a subsidy's expiry what remains of it is the wallet balance
 * less the amounts of the claimed subsidies that expire later (or never), kept between 0 and the
 * subsidy's own amount ({@link org.onecard.subsidy.domain.ExpiryShare}).
 */
package org.onecard.subsidy;
