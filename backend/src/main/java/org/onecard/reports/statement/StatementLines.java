package org.onecard.reports.statement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Folds the ledger's sums (already aggregated by SQL, a few rows per wallet) into a statement line. */
final class StatementLines {

    private StatementLines() {
    }

    /**
     * @param movements     the sums of one key (a person, an account, or everyone)
     * @param storedBalance the wallets' stored balance now
     * @param storedOpening the previous month's stored closing when that month is closed, else null:
     *                      the opening is then everything booked before the month
     */
    static StatementLine line(List<Movement> movements, long storedBalance, Long storedOpening) {
        long before = 0;
        long after = 0;
        Map<StatementColumn, Long> columns = new EnumMap<>(StatementColumn.class);
        for (Movement m : movements) {
            before = Math.addExact(before, m.signed(m.beforeFen()));
            after = Math.addExact(after, m.signed(m.afterFen()));
            if (m.duringFen() != 0) {
                columns.merge(StatementColumn.of(m.code(), m.credited()), m.duringFen(), Math::addExact);
            }
        }
        long opening = storedOpening != null ? storedOpening : before;
        return new StatementLine(opening, columns, Math.subtractExact(storedBalance, after));
    }
}
