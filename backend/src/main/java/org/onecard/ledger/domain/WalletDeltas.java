package org.onecard.ledger.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The net change a posting makes to each wallet, in ascending account id so concurrent
 * postings lock rows in one order and cannot deadlock on each other.
 */
public final class WalletDeltas {

    private WalletDeltas() {
    }

    public static Map<Long, Long> net(List<TransferLeg> legs, Map<Long, AccountKind> kinds) {
        Map<Long, Long> deltas = new TreeMap<>();
        for (TransferLeg leg : legs) {
            if (kinds.get(leg.debitAccountId()).isWallet()) {
                deltas.merge(leg.debitAccountId(), Math.negateExact(leg.amount()), Math::addExact);
            }
            if (kinds.get(leg.creditAccountId()).isWallet()) {
                deltas.merge(leg.creditAccountId(), leg.amount(), Math::addExact);
            }
        }
        return deltas;
    }

    /**
     * Balances after each leg, given each wallet's balance after the whole posting: walk the
     * legs forward from the balance before (final minus net).
     */
    public static List<Long[]> balancesAfterEachLeg(List<TransferLeg> legs, Map<Long, Long> finalBalances,
                                                    Map<Long, Long> deltas) {
        Map<Long, Long> running = new TreeMap<>();
        finalBalances.forEach((id, balance) -> running.put(id, Math.subtractExact(balance, deltas.get(id))));
        List<Long[]> after = new ArrayList<>(legs.size());
        for (TransferLeg leg : legs) {
            Long debit = running.computeIfPresent(leg.debitAccountId(), (id, b) -> Math.subtractExact(b, leg.amount()));
            Long credit = running.computeIfPresent(leg.creditAccountId(), (id, b) -> Math.addExact(b, leg.amount()));
            after.add(new Long[] {debit, credit});
        }
        return after;
    }
}
