package org.onecard.terminal.authz;

/**
 * The TIMED mode's price: per started rounding unit, pro rata of the hourly price.
 *
 * @param roundingUnitMinutes every started unit is charged whole (30 = half hours)
 */
public record TimedTariff(long pricePerHourFen, int roundingUnitMinutes) {
}
