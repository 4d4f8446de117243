package org.onecard.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.rules.Parameters;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.subsidy.domain.SubsidyMode;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.domain.SubsidyTerms;
import org.onecard.people.application.PersonAccess;
import org.onecard.subsidy.persistence.SubsidyStore;
import org.onecard.subsidy.persistence.SubsidyStore.NewSubsidy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registering subsidies (补贴登记) by hand or from an import: every item is checked before any is
 * stored, and all are stored in one transaction. With {@code distribute} they are distributed at
 * once and claimed into the wallets of people who hold a usable card.
 */
@Service
public class SubsidyRegistration {

    /** Put a limit on everything: one registration carries at most this many subsidies. */
    public static final int MAX_ITEMS = 1_000;

    /** One person's subsidy; month null = this month, expiry null = by the system's subsidy validity. */
    public record Item(long personId, long amountFen, SubsidyMode mode, YearMonth month, LocalDate expiresOn) {
    }

    public record Registration(List<Item> items, String batchRef, String note, boolean distribute) {

        public Registration {
            items = List.copyOf(items);
        }

        String canonical() {
            StringBuilder b = new StringBuilder("register|").append(batchRef).append('|').append(note)
                    .append('|').append(distribute);
            items.forEach(i -> b.append('|').append(i.personId()).append(',').append(i.amountFen()).append(',')
                    .append(i.mode()).append(',').append(i.month()).append(',').append(i.expiresOn()));
            return b.toString();
        }
    }

    private final SubsidyStore store;
    private final PersonAccess access;
    private final SubsidyRequests requests;
    private final SubsidyDistribution distribution;
    private final Parameters parameters;
    private final SubsidyBooking booking;

    SubsidyRegistration(SubsidyStore store, PersonAccess access, SubsidyRequests requests,
                        SubsidyDistribution distribution, Parameters parameters, SubsidyBooking booking) {
        this.store = store;
        this.access = access;
        this.requests = requests;
        this.distribution = distribution;
        this.parameters = parameters;
        this.booking = booking;
    }

    public Mono<List<SubsidyRecord>> register(Registration r, String key, CurrentUser user) {
        if (r.items().isEmpty() || r.items().size() > MAX_ITEMS) {
            return Mono.error(new ApiException(ResultCode.TOO_MANY_ITEMS, "1 to " + MAX_ITEMS + " subsidies at once"));
        }
        return requests.once(key, r.canonical(),
                remember -> drafts(r, key, user)
                        .flatMap(drafts -> requests.transactional(remember.then(Flux.fromIterable(drafts)
                                .concatMap(d -> store.insert(d, booking.clock().now())).collectList())))
                        .flatMap(ids -> (r.distribute() ? distribution.claimFor(ids) : Mono.<Void>empty())
                                .then(store.findAll(ids).collectList())),
                () -> Flux.range(0, r.items().size()).concatMap(i -> store.findByKey(itemKey(key, i))).collectList());
    }

    /**
     * One distributed subsidy from an import (补贴导入) whose rows were already checked, inside the
     * importer's transaction. Idempotent under {@code key}: a second call finds it and does
     * nothing. Claiming into the wallet happens once that transaction has committed.
     */
    public Mono<Void> registerImported(long personId, long amountFen, SubsidyMode mode, LocalDate expiresOn,
                                       String key, long operatorId) {
        LocalDate today = booking.clock().accountingDate(booking.clock().now());
        YearMonth month = YearMonth.from(today);
        return store.findByKey(importKey(key)).flatMap(found -> found.personId() == personId
                        && found.amountFen() == amountFen ? Mono.just(true) : Mono.<Boolean>error(new ApiException(
                        ResultCode.IDEMPOTENCY_CONFLICT, "Key " + key + " was used for another subsidy")))
                .defaultIfEmpty(false)
                .flatMap(done -> done ? Mono.<Void>empty()
                : parameters.current().flatMap(params -> {
                    SubsidyTerms.Expiry expiry = SubsidyTerms.expiry(Optional.ofNullable(expiresOn), month, today,
                            params.subsidyValidityDays(), params.subsidyMonthOnly()).orElseThrow(() ->
                            new ApiException(ResultCode.SUBSIDY_EXPIRY_INVALID, "The subsidy would already be expired"));
                    NewSubsidy draft = new NewSubsidy(personId, amountFen, mode, month, expiry.lastValidDay(),
                            "import", null, importKey(key), operatorId, true);
                    return store.insert(draft, booking.clock().now()).then(claimAfterCommit(personId));
                }));
    }

    private Mono<Void> claimAfterCommit(long personId) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .doOnNext(sync -> sync.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCompletion(int status) {
                        if (status == STATUS_COMMITTED) {
                            distribution.claimSoon(personId);
                        }
                        return Mono.empty();
                    }
                }))
                .onErrorResume(NoTransactionException.class, e -> {
                    distribution.claimSoon(personId);
                    return Mono.empty();
                })
                .then();
    }

    private Mono<List<NewSubsidy>> drafts(Registration r, String key, CurrentUser user) {
        LocalDate today = booking.clock().accountingDate(booking.clock().now());
        return parameters.current().flatMap(params -> Flux.fromStream(IntStream.range(0, r.items().size()).boxed())
                .concatMap(i -> access.active(r.items().get(i).personId(), user, "items[" + i + "].personId")
                        .map(person -> draft(r, i, params, today, key, user.id())))
                .collectList());
    }

    private static NewSubsidy draft(Registration r, int i, SystemParameters params, LocalDate today, String key,
                                    long operatorId) {
        Item item = r.items().get(i);
        YearMonth month = item.month() != null ? item.month() : YearMonth.from(today);
        SubsidyTerms.Expiry expiry = SubsidyTerms.expiry(Optional.ofNullable(item.expiresOn()), month, today,
                params.subsidyValidityDays(), params.subsidyMonthOnly()).orElseThrow(() -> new ApiException(
                ResultCode.SUBSIDY_EXPIRY_INVALID, "items[" + i + "]: the subsidy would already be expired on " + today
                        + (params.subsidyMonthOnly() ? " (subsidies are valid only in their month " + month + ")" : "")));
        return new NewSubsidy(item.personId(), item.amountFen(), item.mode(), month, expiry.lastValidDay(),
                r.batchRef(), r.note(), itemKey(key, i), operatorId, r.distribute());
    }

    /** Registrations by hand and from imports keep their keys apart. */
    private static String itemKey(String key, int index) {
        return "manual:" + key + "#" + index;
    }

    private static String importKey(String key) {
        return "import:" + key;
    }
}
