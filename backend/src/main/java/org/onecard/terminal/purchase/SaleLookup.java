package org.onecard.terminal.purchase;

import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Finds the sale a void or a correction at a terminal names (§2.8). */
@Repository
class SaleLookup {

    private final DatabaseClient db;

    SaleLookup(DatabaseClient db) {
        this.db = db;
    }

    /** The idempotency key the sale's posting was booked under; empty when there is no such posting. */
    Mono<String> keyOf(long postingId) {
        return db.sql("SELECT idem_key FROM ledger_posting WHERE id = :id").bind("id", postingId)
                .map(row -> row.get("idem_key", String.class)).one();
    }

    /** The sale a void or correction posting sent back. */
    Mono<Long> sentBackBy(long correctionPostingId) {
        return db.sql("SELECT posting_id FROM consumption WHERE correction_posting_id = :p")
                .bind("p", correctionPostingId).map(row -> row.get("posting_id", Long.class)).one();
    }

    /** The card's last consumption at the terminal, corrected or not; empty when none. */
    Mono<Long> lastOf(long cardId, String terminalNo) {
        return db.sql("SELECT MAX(posting_id) AS p FROM consumption WHERE card_id = :card AND terminal_no = :t")
                .bind("card", cardId).bind("t", terminalNo).map(row -> Optional.ofNullable(row.get("p", Long.class))).one().flatMap(Mono::justOrEmpty);
    }
}
