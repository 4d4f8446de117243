package org.onecard.subsidy;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.domain.SubsidyStatus;
import org.onecard.people.application.PersonAccess;
import org.onecard.subsidy.persistence.SubsidyStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Distribution (下发) of registered subsidies, and deletion of those not yet distributed. Once
 * distributed a subsidy can only be reversed ({@link SubsidyReversal}).
 */
@Service
public class SubsidyDistribution {

    static final int CLAIMS_AT_ONCE = 2;

    private final SubsidyStore store;
    private final PersonAccess access;
    private final SubsidyRequests requests;
    private final SubsidyClaims claims;
    private final SubsidyBooking booking;
    private final Sinks.Many<Long> claimQueue = Sinks.many().unicast().onBackpressureBuffer();

    SubsidyDistribution(SubsidyStore store, PersonAccess access, SubsidyRequests requests, SubsidyClaims claims,
                        SubsidyBooking booking) {
        this.store = store;
        this.access = access;
        this.requests = requests;
        this.claims = claims;
        this.booking = booking;
        claimQueue.asFlux().flatMap(this::claimPerson, CLAIMS_AT_ONCE).subscribe();
    }

    /** Distributes the listed subsidies (or every registered one of the batch); all must be registered. */
    public Mono<List<SubsidyRecord>> distribute(List<Long> ids, String batchRef, String key, CurrentUser user) {
        Mono<List<SubsidyRecord>> targets = ids != null && !ids.isEmpty()
                ? store.findAll(new TreeSet<>(ids)).collectList().flatMap(found -> found.size() == new TreeSet<>(ids).size()
                        ? Mono.just(found)
                        : Mono.error(new ApiException(ResultCode.NOT_FOUND, "Some of the subsidies do not exist")))
                : store.withStatus(SubsidyStatus.REGISTERED, batchRef).collectList();
        String content = "distribute|" + (ids == null ? "" : new TreeSet<>(ids)) + "|" + batchRef;
        Mono<List<SubsidyRecord>> replay = ids != null && !ids.isEmpty()
                ? store.findAll(new TreeSet<>(ids)).collectList()
                : store.ofBatch(batchRef).collectList();
        return targets.flatMap(found -> requests.once(key, content,
                remember -> checked(found, user).then(requests.transactional(remember.then(mark(found))))
                        .then(claimFor(idsOf(found))).then(store.findAll(idsOf(found)).collectList()),
                () -> replay));
    }

    /** Claims the distributed subsidies of these subsidies' people who hold a usable card. */
    Mono<Void> claimFor(List<Long> subsidyIds) {
        if (subsidyIds.isEmpty()) {
            return Mono.empty();
        }
        return store.findAll(subsidyIds).map(SubsidyRecord::personId).distinct()
                .concatMap(claims::claimPending).then();
    }

    /**
     * Queues a claim for the person, done in the background two at a time, so a large import's
     * commit does not start thousands of claims at once; a failure is left to the sweep.
     */
    void claimSoon(long personId) {
        claimQueue.emitNext(personId, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
    }

    private Mono<Long> claimPerson(long personId) {
        return claims.claimPending(personId).onErrorResume(e -> Mono.just(0L));
    }

    /** Deletes a subsidy that was only registered; deleting it again answers the same. */
    public Mono<SubsidyRecord> delete(long id, CurrentUser user) {
        return found(id).flatMap(s -> access.reachable(s.personId(), user, "subsidy").then(switch (s.status()) {
            case DELETED -> Mono.just(s);
            case REGISTERED -> store.close(id, SubsidyStatus.REGISTERED, SubsidyStatus.DELETED,
                            booking.clock().now(), null, null)
                    .flatMap(done -> done ? store.find(id) : delete(id, user));
            default -> Mono.error(new ApiException(ResultCode.SUBSIDY_STATE_FORBIDS,
                    "A " + s.status() + " subsidy cannot be deleted; reverse it instead"));
        }));
    }

    Mono<SubsidyRecord> found(long id) {
        return store.find(id).switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.NOT_FOUND,
                "Subsidy " + id + " not found")));
    }

    private Mono<Void> checked(List<SubsidyRecord> found, CurrentUser user) {
        if (found.isEmpty()) {
            return Mono.error(new ApiException(ResultCode.NOT_FOUND, "Nothing registered to distribute"));
        }
        return Flux.fromIterable(found).concatMap(s -> s.status() != SubsidyStatus.REGISTERED
                ? Mono.error(new ApiException(ResultCode.SUBSIDY_STATE_FORBIDS,
                        "Subsidy " + s.id() + " is " + s.status() + ", not registered"))
                : access.reachable(s.personId(), user, "subsidy " + s.id())).then();
    }

    private Mono<Void> mark(List<SubsidyRecord> found) {
        return Flux.fromIterable(found).concatMap(s -> store.markDistributed(s.id(), booking.clock().now())
                .flatMap(done -> done ? Mono.<Void>empty() : Mono.error(new ApiException(
                        ResultCode.SUBSIDY_STATE_FORBIDS, "Subsidy " + s.id() + " changed meanwhile")))).then();
    }

    private static List<Long> idsOf(List<SubsidyRecord> found) {
        return found.stream().map(SubsidyRecord::id).toList();
    }
}
