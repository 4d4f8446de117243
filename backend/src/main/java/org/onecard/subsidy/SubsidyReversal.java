package org.onecard.subsidy;

import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.subsidy.SubsidyBooking.AlreadyMoved;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.domain.SubsidyStatus;
import org.onecard.people.application.PersonAccess;
import org.onecard.subsidy.persistence.SubsidyStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reversal (冲销) of a distributed subsidy: never deleted, but undone by a new booking. An
 * unclaimed one simply never reaches the wallet; a claimed one takes its granted amount back to
 * the fund, which needs the wallet to still hold it (else 3001). A reset's clearing stays.
 */
@Service
public class SubsidyReversal {

    private final SubsidyStore store;
    private final PersonAccess access;
    private final SubsidyRequests requests;
    private final SubsidyDistribution distribution;
    private final SubsidyBooking booking;

    SubsidyReversal(SubsidyStore store, PersonAccess access, SubsidyRequests requests,
                    SubsidyDistribution distribution, SubsidyBooking booking) {
        this.store = store;
        this.access = access;
        this.requests = requests;
        this.distribution = distribution;
        this.booking = booking;
    }

    public Mono<SubsidyRecord> reverse(long id, String key, CurrentUser user) {
        return distribution.found(id).flatMap(s -> access.reachable(s.personId(), user, "subsidy")
                .then(requests.once(key, "reverse|" + id, remember -> undo(s, key, user, remember)
                        .then(store.find(id)), () -> store.find(id))));
    }

    private Mono<Void> undo(SubsidyRecord s, String key, CurrentUser user, Mono<Void> remember) {
        return switch (s.status()) {
            // the key is remembered only with the change; a claim that came first sends this down the CLAIMED path
            case DISTRIBUTED -> requests.transactional(remember.then(store.close(s.id(), SubsidyStatus.DISTRIBUTED,
                            SubsidyStatus.REVERSED, booking.clock().now(), null, null))
                            .flatMap(done -> done ? Mono.<Void>empty() : Mono.error(new AlreadyMoved(s.id()))))
                    .onErrorResume(AlreadyMoved.class, e -> distribution.found(s.id())
                            .flatMap(fresh -> fresh.status() == SubsidyStatus.DISTRIBUTED ? Mono.error(moved(s))
                                    : undo(fresh, key, user, remember)));
            case CLAIMED -> booking.accountsOf(s.personId()).flatMap(a -> booking.book(
                            "subsidy-reverse:" + s.id() + ":" + key, user.id(), "subsidy " + s.id() + " reversed",
                            List.of(new TransferLeg(a.wallet(), a.fund(), s.amountFen(), TransferCode.SUBSIDY_REVERSAL)),
                            postingId -> remember.then(store.close(s.id(), SubsidyStatus.CLAIMED,
                                    SubsidyStatus.REVERSED, booking.clock().now(), postingId, null)), s.id())
                    .switchIfEmpty(Mono.error(() -> moved(s)))
                    .flatMap(SubsidyBooking::refuseIfDeclined));
            default -> Mono.error(new ApiException(ResultCode.SUBSIDY_STATE_FORBIDS, s.status() == SubsidyStatus.REGISTERED
                    ? "A registered subsidy is deleted, not reversed" : "A " + s.status() + " subsidy cannot be reversed"));
        };
    }

    private static ApiException moved(SubsidyRecord s) {
        return new ApiException(ResultCode.SUBSIDY_STATE_FORBIDS, "Subsidy " + s.id() + " changed meanwhile");
    }
}
