package org.onecard.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecard.faults.ClientRecord.Approval;
import org.onecard.testing.TestDatabase;

/**
 * The ledger read back after the run and held against what the clients know: every approval is
 * booked once with the money the client was told; nothing is booked that no client asked for
 * or that a client was told was declined; each cardholder's wallets are the opening balance plus
 * the outcomes the clients know, to the fen.
 */
final class Books {

    /** A posting made during the run: its key and what it moved for each cardholder. */
    record Posting(String key, Map<Long, Long> walletDeltas) {
    }

    private Books() {
    }

    static long lastPostingId(String database) throws SQLException {
        try (Connection c = TestDatabase.jdbc(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM ledger_posting")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Every discrepancy between the books and the clients' record (none is the only good answer). */
    static List<String> discrepancies(String database, ClientRecord record, Map<Long, Long> opening, long afterPostingId)
            throws SQLException {
        Map<String, Posting> postings = postingsAfter(database, afterPostingId);
        List<String> found = new ArrayList<>();
        Map<Long, Long> expected = new HashMap<>(opening);
        for (Map.Entry<String, Approval> e : record.approvals().entrySet()) {
            Approval a = e.getValue();
            expected.merge(a.personId(), a.walletDeltaFen(), (x, y) -> Math.addExact(x, y));
            Posting p = postings.get(e.getKey());
            if (p == null) {
                found.add("lost: the client was approved " + e.getKey() + " (" + a + ") but the ledger has no such posting");
            } else if (p.walletDeltas().getOrDefault(a.personId(), 0L) != a.walletDeltaFen()) {
                found.add("amount: " + e.getKey() + " approved as " + a + " but booked " + p.walletDeltas());
            }
        }
        for (Posting p : postings.values()) {
            if (!record.wasAsked(p.key())) {
                found.add("invented: " + p.key() + " " + p.walletDeltas() + " no client asked for it");
            } else if (!p.walletDeltas().isEmpty() && !record.approvals().containsKey(p.key())) {
                found.add("unknown to the client: " + p.key() + " moved " + p.walletDeltas() + " but was not approved");
            }
        }
        Map<Long, Long> actual = KillWorld.balances(database);
        Set<Long> persons = new HashSet<>(actual.keySet());
        persons.addAll(expected.keySet());
        for (long person : persons) {
            long want = expected.getOrDefault(person, 0L);
            long got = actual.getOrDefault(person, 0L);
            if (want != got) {
                found.add("balance: person " + person + " holds " + got + " fen, the clients' outcomes say " + want);
            }
        }
        return found;
    }

    /** Postings after the opening, with each cardholder wallet's net change (empty for a kept decline). */
    private static Map<String, Posting> postingsAfter(String database, long afterId) throws SQLException {
        Map<Long, String> keys = new HashMap<>();
        Map<Long, Map<Long, Long>> deltas = new HashMap<>();
        try (Connection c = TestDatabase.jdbc(database)) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, idem_key FROM ledger_posting WHERE id > ?")) {
                s.setLong(1, afterId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.put(r.getLong(1), r.getString(2));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT t.posting_id, a.owner_id, SUM(CASE WHEN"
                    + " t.credit_account_id = a.id THEN t.amount ELSE -t.amount END) FROM ledger_transfer t"
                    + " JOIN ledger_account a ON a.id IN (t.debit_account_id, t.credit_account_id)"
                    + " WHERE t.posting_id > ? AND a.owner_type = 'PERSON' AND a.kind IN ('CASH_WALLET', 'SUBSIDY_WALLET')"
                    + " GROUP BY t.posting_id, a.owner_id")) {
                s.setLong(1, afterId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        deltas.computeIfAbsent(r.getLong(1), id -> new HashMap<>()).put(r.getLong(2), r.getLong(3));
                    }
                }
            }
        }
        Map<String, Posting> postings = new HashMap<>();
        keys.forEach((id, key) -> postings.put(key, new Posting(key, deltas.getOrDefault(id, Map.of()))));
        return postings;
    }
}
