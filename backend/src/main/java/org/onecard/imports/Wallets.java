package org.onecard.imports;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.imports.persistence.Chunks;
import org.onecard.ledger.LedgerTransactions;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.ledger.persistence.BulkLedgerStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The cash and subsidy wallets of a file's people: found in bulk, and the missing ones opened
 * together with multi-row inserts in one short transaction of their own (an empty account is
 * harmless), so a first import of 10,000 people does not pay 10,000 statements and commits.
 */
@Component
class Wallets {

    /** Wallet ids by kind and person. */
    record Ids(Map<AccountKind, Map<Long, Long>> byKind) {

        long of(AccountKind kind, long personId) {
            Long id = byKind.getOrDefault(kind, Map.of()).get(personId);
            if (id == null) {
                throw new IllegalStateException("No " + kind + " opened for person " + personId);
            }
            return id;
        }
    }

    private final AccountStore accounts;
    private final BulkLedgerStore store;
    private final StandardAccounts standard;
    private final TransactionalOperator tx;
    private final Clock clock;

    Wallets(AccountStore accounts, BulkLedgerStore store, StandardAccounts standard, LedgerTransactions transactions,
            Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.standard = standard;
        this.tx = transactions.readCommitted();
        this.clock = clock;
    }

    Mono<Ids> open(List<Long> personIds, List<AccountKind> kinds) {
        return find(personIds).flatMap(found -> {
            Map<AccountKind, List<Long>> missing = new HashMap<>();
            kinds.forEach(kind -> missing.put(kind, personIds.stream()
                    .filter(p -> !found.getOrDefault(kind, Map.of()).containsKey(p)).toList()));
            if (missing.values().stream().allMatch(List::isEmpty)) {
                return Mono.just(new Ids(found));
            }
            Mono<Void> bulk = Flux.fromIterable(missing.entrySet()).filter(e -> !e.getValue().isEmpty())
                    .concatMap(e -> store.openPersonWallets(e.getKey(), e.getValue(), prefix(e.getKey()),
                            LocalDateTime.now(clock)))
                    .then();
            return tx.transactional(bulk)
                    .onErrorResume(DataIntegrityViolationException.class, e -> oneByOne(missing))
                    .then(find(personIds)).map(Ids::new);
        });
    }

    /** Someone opened one of the wallets meanwhile: open each the ordinary way, which tolerates that. */
    private Mono<Void> oneByOne(Map<AccountKind, List<Long>> missing) {
        return Flux.fromIterable(missing.entrySet())
                .concatMap(e -> Flux.fromIterable(e.getValue()).concatMap(p -> open(e.getKey(), p)))
                .then();
    }

    /** The names {@link StandardAccounts} gives wallets. */
    private static String prefix(AccountKind kind) {
        return kind == AccountKind.SUBSIDY_WALLET ? "subsidy " : "cash ";
    }

    private Mono<Long> open(AccountKind kind, long personId) {
        return kind == AccountKind.SUBSIDY_WALLET ? standard.subsidyWallet(personId) : standard.cashWallet(personId);
    }

    private Mono<Map<AccountKind, Map<Long, Long>>> find(List<Long> personIds) {
        return Flux.fromIterable(Chunks.of(personIds, Chunks.IN_LIST))
                .concatMap(chunk -> accounts.findByOwners(OwnerType.PERSON, chunk))
                .reduce(new HashMap<>(), (all, a) -> add(all, a));
    }

    private static Map<AccountKind, Map<Long, Long>> add(Map<AccountKind, Map<Long, Long>> all, Account a) {
        all.computeIfAbsent(a.kind(), k -> new HashMap<>()).put(a.ownerId(), a.id());
        return all;
    }
}
