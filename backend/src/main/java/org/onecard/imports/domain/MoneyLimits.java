package org.onecard.imports.domain;

/**
 * The recharge limits in force for a row's card.
 *
 * @param singleLimitFen 0 = none
 * @param maxBalanceFen  the card type's maximum balance, or the system's when the type sets none
 */
public record MoneyLimits(long singleLimitFen, long maxBalanceFen) {
}
