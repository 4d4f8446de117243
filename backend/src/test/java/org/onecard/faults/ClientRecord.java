package org.onecard.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients know, shared by all of them: every ledger key they asked for, every approval
 * they were given with the money it moved for which cardholder, and their counts. The books are
 * checked against this at the end.
 */
final class ClientRecord {

    /** An approval a client received: the cardholder (person id) and the change of their wallets. */
    record Approval(long personId, long walletDeltaFen) {
    }

    final AtomicLong requests = new AtomicLong();
    final AtomicLong approvals = new AtomicLong();
    final AtomicLong declines = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    private final Map<String, Approval> approved = new ConcurrentHashMap<>();
    private final List<String> anomalies = new ArrayList<>();

    /** A request under this ledger key was sent (counted once, however often it is retried). */
    void asked(String ledgerKey) {
        if (asked.add(ledgerKey)) {
            requests.incrementAndGet();
        }
    }

    void approved(String ledgerKey, long personId, long walletDeltaFen) {
        Approval before = approved.putIfAbsent(ledgerKey, new Approval(personId, walletDeltaFen));
        if (before == null) {
            approvals.incrementAndGet();
        } else if (before.walletDeltaFen() != walletDeltaFen) {
            anomaly(ledgerKey + " approved twice with different amounts: " + before + " then " + walletDeltaFen);
        }
    }

    void declined() {
        declines.incrementAndGet();
    }

    /** A request was answered only after being sent again (the server died or failed under it). */
    void retried() {
        retries.incrementAndGet();
    }

    /** Something a client saw that must not happen (a conflict on its own retry, an approval without a reference). */
    synchronized void anomaly(String what) {
        anomalies.add(what);
    }

    boolean wasAsked(String ledgerKey) {
        return asked.contains(ledgerKey);
    }

    Map<String, Approval> approvals() {
        return approved;
    }

    synchronized List<String> anomalies() {
        return List.copyOf(anomalies);
    }
}
