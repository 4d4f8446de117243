/**
 * Points (积分), DOMAIN §2: a non-money balance per cardholder in the ledger's POINT unit (a
 * POINTS_WALLET per person against the one POINTS_ISSUED account). An outlet's rule makes its POS
 * sales earn points in the sale's own posting; points are spent at a POS terminal or the counter,
 * and a void sends either back by a new correcting transfer.
 */
package org.onecard.points;
