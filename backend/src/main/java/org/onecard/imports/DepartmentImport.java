package org.onecard.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.onecard.common.outcome.Outcome;
import org.onecard.excel.cardcentre.DepartmentRow;
import org.onecard.excel.cardcentre.DepartmentSheet;
import org.onecard.excel.report.Reason;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowResult;
import org.onecard.identity.CurrentUser;
import org.onecard.imports.domain.ImportReason;
import org.onecard.imports.persistence.ImportLookups;
import org.onecard.ledger.LedgerTransactions;
import org.onecard.people.application.DepartmentScopes;
import org.onecard.people.application.OrgUnits;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.domain.OrgCodes;
import org.onecard.people.domain.OrgUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Department import (组织编号 | 组织名称) through {@link OrgUnits}: a code is its parent's plus two
 * digits, and the parent must exist already or come earlier in the file.
 */
@Service
class DepartmentImport implements ImportUseCase<DepartmentRow> {

    private final ImportLookups lookups;
    private final DepartmentScopes scopes;
    private final OrgUnits orgUnits;
    private final TransactionalOperator tx;

    DepartmentImport(ImportLookups lookups, DepartmentScopes scopes, OrgUnits orgUnits, LedgerTransactions transactions) {
        this.lookups = lookups;
        this.scopes = scopes;
        this.orgUnits = orgUnits;
        this.tx = transactions.readCommitted();
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DEPARTMENTS;
    }

    @Override
    public Mono<ImportSpec<DepartmentRow>> spec() {
        return Mono.just(DepartmentSheet.SPEC);
    }

    @Override
    public Mono<Checked<DepartmentRow>> check(Checked<DepartmentRow> parsed, CurrentUser user, Progress progress) {
        List<RowResult.Accepted<DepartmentRow>> rows = parsed.accepted();
        return Mono.zip(existing(rows), scopes.of(user)).map(t -> {
            Set<String> available = new HashSet<>(t.getT1().keySet());
            Map<Integer, List<Reason>> refused = new HashMap<>();
            for (RowResult.Accepted<DepartmentRow> row : rows) {
                List<Reason> reasons = reasons(row.value().code(), available, t.getT1(), t.getT2());
                if (reasons.isEmpty()) {
                    available.add(row.value().code());
                } else {
                    refused.put(row.rowNumber(), reasons);
                }
                progress.advance(1);
            }
            return parsed.refusing(refused);
        });
    }

    private static List<Reason> reasons(String code, Set<String> available, Map<String, OrgUnit> existing,
                                        DepartmentScope scope) {
        if (available.contains(code)) {
            return List.of(ImportReason.CODE_TAKEN.reason());
        }
        if (OrgCodes.ROOT.equals(code)) {
            return scope instanceof DepartmentScope.Everything ? List.of() : List.of(ImportReason.ROOT_NOT_ALLOWED.reason());
        }
        String parent = parentOf(code);
        if (!available.contains(parent)) {
            return List.of(ImportReason.PARENT_MISSING.reason(parent));
        }
        return scope.covers(parent) ? List.of() : List.of(ImportReason.OUTSIDE_SCOPE.reason());
    }

    @Override
    public Mono<Void> apply(List<RowResult.Accepted<DepartmentRow>> rows, CurrentUser user, Progress progress) {
        return tx.transactional(existing(rows).flatMap(existing -> {
            Map<String, Long> ids = new HashMap<>();
            existing.forEach((code, unit) -> ids.put(code, unit.id()));
            return Flux.fromIterable(rows).concatMap(row -> create(row, ids, user)
                    .doOnNext(id -> {
                        ids.put(row.value().code(), id);
                        progress.advance(1);
                    })).then();
        }));
    }

    private Mono<Long> create(RowResult.Accepted<DepartmentRow> row, Map<String, Long> ids, CurrentUser user) {
        String code = row.value().code();
        Mono<Outcome<OrgUnits.Details>> created = OrgCodes.ROOT.equals(code)
                ? orgUnits.create(null, null, row.value().name(), user)
                : orgUnits.create(ids.get(parentOf(code)), code.substring(code.length() - 2), row.value().name(), user);
        return Outcomes.value(created, row.rowNumber()).map(details -> details.unit().id());
    }

    /** The departments the file names, as codes or as parents, that exist already. */
    private Mono<Map<String, OrgUnit>> existing(List<RowResult.Accepted<DepartmentRow>> rows) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> Stream.of(r.value().code(), parentOf(r.value().code())).filter(c -> !c.isEmpty())
                .forEach(codes::add));
        return lookups.orgUnits(codes).filter(u -> codes.contains(u.code())).collectMap(OrgUnit::code);
    }

    private static String parentOf(String code) {
        return code.length() <= OrgCodes.ROOT.length() ? "" : code.substring(0, code.length() - 2);
    }
}
