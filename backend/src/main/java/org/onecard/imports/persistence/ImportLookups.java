package org.onecard.imports.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.imports.domain.Holder;
import org.onecard.people.Person;
import org.onecard.people.domain.OrgUnit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Phase-1 lookups for a whole file at once, in IN lists of {@link Chunks#IN_LIST}: a 10,000-row
 * file costs a few dozen statements instead of tens of thousands. Reads only.
 */
@Repository
public class ImportLookups {

    private static final String CARD_COLUMNS = "SELECT id, card_no, serial, person_id, status, issued_on, expires_on,"
            + " deposit_fen, cost_fen, card_type_id, lost_refunded, replaced_by_card_id, reissued_from_card_id FROM card";

    private final DatabaseClient db;

    public ImportLookups(DatabaseClient db) {
        this.db = db;
    }

    /** Everyone, active or resigned, with one of these employee numbers, by number. */
    public Mono<Map<String, Holder>> holders(Collection<String> employeeNos) {
        return chunked(List.copyOf(employeeNos), chunk -> db.sql("SELECT p.id, p.employee_no, p.name, p.status,"
                        + " o.code, o.name AS department FROM person p JOIN org_unit o ON o.id = p.org_unit_id"
                        + " WHERE p.employee_no IN (:nos)").bind("nos", chunk)
                .map(ImportLookups::toHolder).all())
                .collectMap(Holder::employeeNo);
    }

    /** The cards of these people, oldest first, grouped by person. */
    public Mono<Map<Long, Collection<CardRecord>>> cards(Collection<Long> personIds) {
        return chunked(List.copyOf(personIds), chunk -> db.sql(CARD_COLUMNS + " WHERE person_id IN (:ids) ORDER BY id")
                .bind("ids", chunk).map(ImportLookups::toCard).all())
                .collectMultimap(CardRecord::personId);
    }

    /** Each person's cash plus subsidy wallet balance (people without wallets are left out). */
    public Mono<Map<Long, Long>> walletTotals(Collection<Long> personIds) {
        return chunked(List.copyOf(personIds), chunk -> db.sql("SELECT owner_id, SUM(balance) AS total"
                        + " FROM ledger_account WHERE owner_type = 'PERSON' AND kind IN ('CASH_WALLET', 'SUBSIDY_WALLET')"
                        + " AND owner_id IN (:ids) GROUP BY owner_id").bind("ids", chunk)
                .map(row -> Map.entry(row.get("owner_id", Long.class), ((Number) row.get("total")).longValue())).all())
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Departments whose code or name is one of these texts. */
    public Flux<OrgUnit> orgUnits(Collection<String> codesOrNames) {
        return chunked(List.copyOf(codesOrNames), chunk -> db.sql("SELECT id, code, name, parent_id FROM org_unit"
                        + " WHERE code IN (:texts) OR name IN (:texts)").bind("texts", chunk)
                .map(row -> new OrgUnit(row.get("id", Long.class), row.get("code", String.class),
                        row.get("name", String.class), row.get("parent_id", Long.class))).all());
    }

    static <T, R> Flux<R> chunked(List<T> items, java.util.function.Function<List<T>, Flux<R>> query) {
        return Flux.fromIterable(Chunks.of(items, Chunks.IN_LIST)).concatMap(query);
    }

    private static Holder toHolder(Readable row) {
        return new Holder(row.get("id", Long.class), row.get("employee_no", String.class), row.get("name", String.class),
                Person.ACTIVE.equals(row.get("status", String.class)), row.get("code", String.class),
                row.get("department", String.class));
    }

    private static CardRecord toCard(Readable row) {
        return new CardRecord(row.get("id", Long.class), row.get("card_no", String.class),
                row.get("serial", String.class), row.get("person_id", Long.class),
                CardStatus.valueOf(row.get("status", String.class)),
                row.get("issued_on", LocalDate.class), row.get("expires_on", LocalDate.class),
                row.get("deposit_fen", Long.class), row.get("cost_fen", Long.class),
                row.get("card_type_id", Long.class),
                Boolean.TRUE.equals(row.get("lost_refunded", Boolean.class)),
                row.get("replaced_by_card_id", Long.class), row.get("reissued_from_card_id", Long.class));
    }
}
