package org.onecard.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onecard.cards.domain.CardRecord;
import org.onecard.excel.cardcentre.MoneyRow;
import org.onecard.identity.CurrentUser;
import org.onecard.imports.domain.Holder;
import org.onecard.imports.domain.MoneyFacts;
import org.onecard.imports.persistence.Chunks;
import org.onecard.imports.persistence.ImportLookups;
import org.onecard.imports.persistence.ImportVersionStore;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.people.application.DepartmentScopes;
import org.onecard.people.domain.DepartmentScope;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Everything the money rules need about a file's people, in a handful of bulk statements. */
@Component
class MoneyLookup {

    /** The facts by employee number, and each person's wallets by kind. */
    record Loaded(Map<String, MoneyFacts> facts, Map<Long, Map<AccountKind, Account>> wallets) {

        /** Employee numbers are stored upper-case; a file may have them in either. */
        MoneyFacts of(String employeeNo) {
            return facts.getOrDefault(employeeNo.toUpperCase(Locale.ROOT), MoneyFacts.unknown());
        }
    }

    private final ImportLookups lookups;
    private final ImportVersionStore versions;
    private final AccountStore accounts;
    private final DepartmentScopes scopes;

    MoneyLookup(ImportLookups lookups, ImportVersionStore versions, AccountStore accounts, DepartmentScopes scopes) {
        this.lookups = lookups;
        this.versions = versions;
        this.accounts = accounts;
        this.scopes = scopes;
    }

    Mono<Loaded> load(List<MoneyRow> rows, String versionKind, CurrentUser user) {
        List<String> numbers = rows.stream().map(MoneyRow::employeeNo).distinct().toList();
        return Mono.zip(lookups.holders(numbers), scopes.of(user)).flatMap(t -> {
            Map<String, Holder> holders = t.getT1();
            List<Long> ids = holders.values().stream().map(Holder::personId).toList();
            return Mono.zip(lookups.cards(ids), wallets(ids), versions.lastVersions(versionKind, ids))
                    .map(more -> new Loaded(facts(holders, t.getT2(), more.getT1(), more.getT2(), more.getT3()),
                            more.getT2()));
        });
    }

    private Mono<Map<Long, Map<AccountKind, Account>>> wallets(List<Long> personIds) {
        return Flux.fromIterable(Chunks.of(personIds, Chunks.IN_LIST))
                .concatMap(chunk -> accounts.findByOwners(OwnerType.PERSON, chunk))
                .filter(a -> a.kind() == AccountKind.CASH_WALLET || a.kind() == AccountKind.SUBSIDY_WALLET)
                .reduce(new HashMap<>(), (all, a) -> {
                    all.computeIfAbsent(a.ownerId(), id -> new HashMap<>()).put(a.kind(), a);
                    return all;
                });
    }

    private static Map<String, MoneyFacts> facts(Map<String, Holder> holders, DepartmentScope scope,
                                                 Map<Long, Collection<CardRecord>> cards,
                                                 Map<Long, Map<AccountKind, Account>> wallets, Map<Long, Long> last) {
        Map<String, MoneyFacts> facts = new HashMap<>();
        holders.forEach((no, h) -> {
            Map<AccountKind, Account> own = wallets.getOrDefault(h.personId(), Map.of());
            facts.put(no.toUpperCase(Locale.ROOT), new MoneyFacts(Optional.of(h), scope.covers(h.departmentCode()),
                    List.copyOf(cards.getOrDefault(h.personId(), List.of())),
                    balance(own, AccountKind.CASH_WALLET), balance(own, AccountKind.SUBSIDY_WALLET),
                    Optional.ofNullable(last.get(h.personId()))));
        });
        return facts;
    }

    private static long balance(Map<AccountKind, Account> wallets, AccountKind kind) {
        Account a = wallets.get(kind);
        return a == null ? 0 : a.balance();
    }
}
