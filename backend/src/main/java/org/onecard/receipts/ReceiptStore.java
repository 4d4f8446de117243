package org.onecard.receipts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.TransferCode;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads what a receipt prints: the posting, its movements, and the card and person they concern. */
@Repository
class ReceiptStore {

    record Head(long id, String status, String operatorName, Instant occurredAt, LocalDate accountingDate) {
    }

    /** One movement; a side's owner is set when it is a person's account. */
    record Movement(TransferCode code, long amount, AccountKind debitKind, Long debitPerson, Long debitAfter,
                    AccountKind creditKind, Long creditPerson, Long creditAfter) {
    }

    record CardRef(long cardId, String cardNo, String eventKind) {
    }

    record PersonRef(String employeeNo, String name) {
    }

    private final DatabaseClient db;

    ReceiptStore(DatabaseClient db) {
        this.db = db;
    }

    Mono<Head> head(long postingId) {
        return db.sql("SELECT p.id, p.status, p.occurred_at, p.accounting_date, o.display_name FROM ledger_posting p"
                        + " LEFT JOIN operator o ON o.id = p.operator_id WHERE p.id = :id")
                .bind("id", postingId)
                .map(row -> new Head(row.get("id", Long.class), row.get("status", String.class),
                        row.get("display_name", String.class),
                        row.get("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.get("accounting_date", LocalDate.class)))
                .one();
    }

    Flux<Movement> movements(long postingId) {
        return db.sql("SELECT t.code, t.amount, t.debit_balance_after, t.credit_balance_after,"
                        + " d.kind AS d_kind, d.owner_type AS d_type, d.owner_id AS d_owner,"
                        + " c.kind AS c_kind, c.owner_type AS c_type, c.owner_id AS c_owner"
                        + " FROM ledger_transfer t JOIN ledger_account d ON d.id = t.debit_account_id"
                        + " JOIN ledger_account c ON c.id = t.credit_account_id WHERE t.posting_id = :id ORDER BY t.seq")
                .bind("id", postingId)
                .map(row -> new Movement(TransferCode.valueOf(row.get("code", String.class)),
                        row.get("amount", Long.class), AccountKind.valueOf(row.get("d_kind", String.class)),
                        person(row.get("d_type", String.class), row.get("d_owner", Long.class)),
                        row.get("debit_balance_after", Long.class), AccountKind.valueOf(row.get("c_kind", String.class)),
                        person(row.get("c_type", String.class), row.get("c_owner", Long.class)),
                        row.get("credit_balance_after", Long.class)))
                .all();
    }

    /** The card a card-centre step or a consumption of this posting concerned. */
    Mono<CardRef> card(long postingId) {
        return db.sql("SELECT e.card_id, k.card_no, e.kind FROM card_event e JOIN card k ON k.id = e.card_id"
                        + " WHERE e.posting_id = :id ORDER BY e.id")
                .bind("id", postingId)
                .map(row -> new CardRef(row.get("card_id", Long.class), row.get("card_no", String.class),
                        row.get("kind", String.class)))
                .all().next()
                .switchIfEmpty(db.sql("SELECT c.card_id, k.card_no FROM consumption c JOIN card k ON k.id = c.card_id"
                                + " WHERE c.posting_id = :id OR c.correction_posting_id = :id")
                        .bind("id", postingId)
                        .map(row -> new CardRef(row.get("card_id", Long.class), row.get("card_no", String.class), null))
                        .all().next());
    }

    Mono<PersonRef> person(long personId) {
        return db.sql("SELECT employee_no, name FROM person WHERE id = :id").bind("id", personId)
                .map(row -> new PersonRef(row.get("employee_no", String.class), row.get("name", String.class))).one();
    }

    private static Long person(String ownerType, Long ownerId) {
        return "PERSON".equals(ownerType) ? ownerId : null;
    }
}
