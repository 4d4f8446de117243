package org.onecard.reports.statement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One line of the monthly statement, in fen: opening + income - expense = closing. {@code actualFen}
 * is what the wallets stored at the month's end (their stored balances less what came after); the
 * difference between the two is 0 unless the ledger was changed behind the ledger's back.
 */
public record StatementLine(long openingFen, Map<StatementColumn, Long> columns, long actualFen) {

    public StatementLine {
        EnumMap<StatementColumn, Long> all = new EnumMap<>(StatementColumn.class);
        for (StatementColumn column : StatementColumn.values()) {
            all.put(column, columns.getOrDefault(column, 0L));
        }
        columns = Collections.unmodifiableMap(all);
    }

    public long incomeFen() {
        return sum(StatementColumn.Side.INCOME);
    }

    public long expenseFen() {
        return sum(StatementColumn.Side.EXPENSE);
    }

    public long closingFen() {
        return Math.addExact(openingFen, Math.subtractExact(incomeFen(), expenseFen()));
    }

    /** Stored minus computed closing: anything but 0 is unbalanced. */
    public long differenceFen() {
        return Math.subtractExact(actualFen, closingFen());
    }

    private long sum(StatementColumn.Side side) {
        return columns.entrySet().stream().filter(e -> e.getKey().side() == side)
                .mapToLong(Map.Entry::getValue).reduce(0L, Math::addExact);
    }
}
