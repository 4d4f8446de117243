package org.onecard.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.excel.cardcentre.PersonRow;
import org.onecard.excel.cardcentre.PersonSheet;
import org.onecard.excel.report.Reason;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowResult;
import org.onecard.identity.CurrentUser;
import org.onecard.imports.domain.Holder;
import org.onecard.imports.domain.ImportReason;
import org.onecard.imports.persistence.ImportLookups;
import org.onecard.ledger.LedgerTransactions;
import org.onecard.people.application.DepartmentScopes;
import org.onecard.people.application.PeopleSettings;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.domain.EmployeeNoRules;
import org.onecard.people.domain.OrgUnit;
import org.onecard.people.domain.PersonDraft;
import org.onecard.people.persistence.PeopleStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Person import (工号 | 姓名 | 部门) with the person register's rules: the employee-number rules of
 * {@link PeopleSettings}, a number never reused (a resigned person keeps theirs), the department by
 * name, or by code where names repeat, inside the operator's department scope.
 */
@Service
class PersonImport implements ImportUseCase<PersonRow> {

    private final ImportLookups lookups;
    private final DepartmentScopes scopes;
    private final PeopleSettings settings;
    private final PeopleStore store;
    private final TransactionalOperator tx;

    PersonImport(ImportLookups lookups, DepartmentScopes scopes, PeopleSettings settings, PeopleStore store,
                 LedgerTransactions transactions) {
        this.lookups = lookups;
        this.scopes = scopes;
        this.settings = settings;
        this.store = store;
        this.tx = transactions.readCommitted();
    }

    /** What phase 1 found for the file. */
    private record Found(EmployeeNoRules rules, Map<String, Holder> holders, List<OrgUnit> units, DepartmentScope scope) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PEOPLE;
    }

    @Override
    public Mono<ImportSpec<PersonRow>> spec() {
        return Mono.just(PersonSheet.SPEC);
    }

    @Override
    public Mono<Checked<PersonRow>> check(Checked<PersonRow> parsed, CurrentUser user, Progress progress) {
        List<RowResult.Accepted<PersonRow>> rows = parsed.accepted();
        return found(rows, user).map(found -> {
            Map<Integer, List<Reason>> refused = new HashMap<>();
            for (RowResult.Accepted<PersonRow> row : rows) {
                List<Reason> reasons = reasons(row.value(), found);
                if (!reasons.isEmpty()) {
                    refused.put(row.rowNumber(), reasons);
                }
                progress.advance(1);
            }
            return parsed.refusing(refused);
        });
    }

    private static List<Reason> reasons(PersonRow row, Found found) {
        List<Reason> reasons = new ArrayList<>();
        Outcome<String> number = found.rules().check(row.employeeNo());
        if (number instanceof Outcome.Refused<String> bad) {
            reasons.add(ImportReason.EMPLOYEE_NO_RULES.reason(bad.detail()));
        } else {
            Holder holder = found.holders().get(((Outcome.Done<String>) number).value());
            if (holder != null) {
                reasons.add((holder.active() ? ImportReason.EMPLOYEE_NO_TAKEN : ImportReason.EMPLOYEE_NO_RESIGNED)
                        .reason(holder.name()));
            }
        }
        Department unit = department(row.department(), found.units());
        if (unit.refusal() != null) {
            reasons.add(unit.refusal());
        } else if (!found.scope().covers(unit.unit().code())) {
            reasons.add(ImportReason.OUTSIDE_SCOPE.reason());
        }
        if (new PersonDraft(row.name(), 0, null, null, null, null, null).check() instanceof Outcome.Refused<?> bad) {
            reasons.add(ImportReason.NAME_INVALID.reason(bad.detail()));
        }
        return reasons;
    }

    /** The department a cell names, or why it names none: exactly one of the two is set. */
    record Department(OrgUnit unit, Reason refusal) {
    }

    /** By code when the text is one; else by name, which must name exactly one department. */
    static Department department(String text, List<OrgUnit> units) {
        Optional<OrgUnit> byCode = units.stream().filter(u -> u.code().equals(text)).findFirst();
        if (byCode.isPresent()) {
            return new Department(byCode.get(), null);
        }
        List<OrgUnit> named = units.stream().filter(u -> u.name().equals(text)).toList();
        if (named.size() == 1) {
            return new Department(named.get(0), null);
        }
        return new Department(null, named.isEmpty() ? ImportReason.DEPARTMENT_UNKNOWN.reason(text)
                : ImportReason.DEPARTMENT_AMBIGUOUS.reason(named.size()));
    }

    /**
     * Inserts through the register's store: phase 1 has already applied every rule the register's
     * create checks (number rules, department and scope, name), read again here for the same file,
     * so each row costs one statement instead of the five a create with its answer reads.
     */
    @Override
    public Mono<Void> apply(List<RowResult.Accepted<PersonRow>> rows, CurrentUser user, Progress progress) {
        return tx.transactional(found(rows, user).flatMap(found -> Flux.fromIterable(rows)
                .concatMap(row -> insert(row, found).doOnNext(id -> progress.advance(1)))
                .then()));
    }

    private Mono<Long> insert(RowResult.Accepted<PersonRow> row, Found found) {
        if (!reasons(row.value(), found).isEmpty()) {
            return Mono.error(new ImportFailure(ResultCode.IMPORT_CHANGED_MEANWHILE, "Row " + row.rowNumber()
                    + " no longer passes its checks; nothing was imported", row.rowNumber()));
        }
        String number = ((Outcome.Done<String>) found.rules().check(row.value().employeeNo())).value();
        PersonDraft draft = ((Outcome.Done<PersonDraft>) new PersonDraft(row.value().name(),
                department(row.value().department(), found.units()).unit().id(), null, null, null, null, null).check())
                .value();
        return store.insertPerson(number, draft).onErrorMap(DuplicateKeyException.class, e -> new ImportFailure(
                ResultCode.EMPLOYEE_NO_TAKEN, "Row " + row.rowNumber() + ": employee number " + number
                        + " was taken meanwhile; nothing was imported", row.rowNumber()));
    }

    private Mono<Found> found(List<RowResult.Accepted<PersonRow>> rows, CurrentUser user) {
        return settings.employeeNoRules().flatMap(rules -> {
            List<String> numbers = rows.stream().map(r -> rules.check(r.value().employeeNo()))
                    .filter(Outcome::isDone).map(o -> ((Outcome.Done<String>) o).value()).distinct().toList();
            List<String> departments = rows.stream().map(r -> r.value().department()).distinct().toList();
            return Mono.zip(lookups.holders(numbers), lookups.orgUnits(departments).collectList(), scopes.of(user))
                    .map(t -> new Found(rules, t.getT1(), t.getT2(), t.getT3()));
        });
    }
}
