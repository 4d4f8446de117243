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
    public record Difference(String orderNo, Long statementFen, Long ledgerFen) {
    }

    public record Report(int matched, long matchedFen, List<Difference> missingInLedger,
                         List<Difference> missingInStatement, List<Difference> amountDifferences) {

        public boolean balanced() {
            return missingInLedger.isEmpty() && missingInStatement.isEmpty() && amountDifferences.isEmpty();
        }
    }

    private Reconciliation() {
    }

    public static Report compare(List<StatementLines.Line> statement, List<Credited> ledger) {
        Map<String, Credited> credited = new LinkedHashMap<>();
        ledger.forEach(c -> credited.put(c.orderNo(), c));
        List<Difference> missingInLedger = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        int matched = 0;
        long matchedFen = 0;
        for (StatementLines.Line line : statement) {
            Credited ours = credited.remove(line.orderNo());
            if (ours == null) {
                missingInLedger.add(new Difference(line.orderNo(), line.amountFen(), null));
            } else if (ours.amountFen() != line.amountFen()) {
                differences.add(new Difference(line.orderNo(), line.amountFen(), ours.amountFen()));
            } else {
                matched++;
                matchedFen = Math.addExact(matchedFen, line.amountFen());
            }
        }
        List<Difference> missingInStatement = credited.values().stream()
                .map(c -> new Difference(c.orderNo(), null, c.amountFen())).toList();
        return new Report(matched, matchedFen, missingInLedger, missingInStatement, differences);
    }
}
