package org.onecard.excel.cardcentre;

import java.time.LocalDate;
import java.util.Optional;
import org.onecard.common.money.Money;

/**
 * One line of a recharge-and-subsidy or refund import (DOMAIN §7). Department, name and card
 * number are optional cross-checks the caller may compare with the person found by employee
 * number. Amounts are fen, rounded half-up from yuan; at least one is non-zero.
 *
 * @param subsidyMode   CUMULATIVE when the cell was blank
 * @param subsidyExpiry empty: the subsidy does not expire by date
 * @param version       the import version, positive; it must exceed the person's last one, which
 *                      the caller checks against the database
 */
public record MoneyRow(
        Optional<String> department,
        String employeeNo,
        Optional<String> name,
        Optional<String> cardNo,
        long cashFen,
        long subsidyFen,
        SubsidyMode subsidyMode,
        Optional<LocalDate> subsidyExpiry,
        long version) {

    public Money cash() {
        return Money.ofFen(cashFen);
    }

    public Money subsidy() {
        return Money.ofFen(subsidyFen);
    }
}
