package org.onecard.payments.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A day's gateway statement against the orders the ledger credited: matched, missing on either side, different. */
public final class Reconciliation {

    /** One order as the ledger has it: credited by {@code postingId}. */
    public record Credited(String orderNo, long amountFen, Long postingId) {
    }

    /** One difference; a side that does not have the order has null. */
    public record ReconciliationDifference(String orderNo, Long statementFen, Long ledgerFen) {
    }

    /** matchedOrders: the orders both sides agree on, each with the same amount on both. */
    public record ReconciliationReport(int matched, long matchedFen, List<ReconciliationDifference> matchedOrders,
                                       List<ReconciliationDifference> missingInLedger,
                                       List<ReconciliationDifference> missingInStatement,
                                       List<ReconciliationDifference> amountDifferences) {

        public boolean balanced() {
            return missingInLedger.isEmpty() && missingInStatement.isEmpty() && amountDifferences.isEmpty();
        }
    }

    private Reconciliation() {
    }

    public static ReconciliationReport compare(List<StatementLines.Line> statement, List<Credited> ledger) {
        Map<String, Credited> credited = new LinkedHashMap<>();
        ledger.forEach(c -> credited.put(c.orderNo(), c));
        List<ReconciliationDifference> missingInLedger = new ArrayList<>();
        List<ReconciliationDifference> differences = new ArrayList<>();
        List<ReconciliationDifference> matchedOrders = new ArrayList<>();
        long matchedFen = 0;
        for (StatementLines.Line line : statement) {
            Credited ours = credited.remove(line.orderNo());
            if (ours == null) {
                missingInLedger.add(new ReconciliationDifference(line.orderNo(), line.amountFen(), null));
            } else if (ours.amountFen() != line.amountFen()) {
                differences.add(new ReconciliationDifference(line.orderNo(), line.amountFen(), ours.amountFen()));
            } else {
                matchedOrders.add(new ReconciliationDifference(line.orderNo(), line.amountFen(), ours.amountFen()));
                matchedFen = Math.addExact(matchedFen, line.amountFen());
            }
        }
        List<ReconciliationDifference> missingInStatement = credited.values().stream()
                .map(c -> new ReconciliationDifference(c.orderNo(), null, c.amountFen())).toList();
        return new ReconciliationReport(matchedOrders.size(), matchedFen, matchedOrders, missingInLedger, missingInStatement, differences);
    }
}
