package org.onecard.terminal.recharge;

import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.recharge.RechargeStore.Row;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Card-write failures (写卡失败): recharges a terminal booked but could not write to the card
 * (§2.9, 0220). The booking stands; the card centre lists them and, once the card has been brought
 * in line with the server's balance (rewritten at the counter), marks them repaired. Nothing moves.
 */
@Service
public class WriteFailures {

    private final RechargeStore store;
    private final BusinessClock clock;

    WriteFailures(RechargeStore store, BusinessClock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mono<List<Row>> list(boolean openOnly) {
        return store.writeFailures(openOnly);
    }

    /** Marks it repaired by the operator; 5146 when there is no unrepaired failure under the id. */
    public Mono<Outcome<Row>> repair(long id, String note, long operatorId) {
        if (note != null && note.length() > 255) {
            return Mono.just(Outcome.invalid("note", "at most 255 characters"));
        }
        return store.markRepaired(id, operatorId, note == null || note.isBlank() ? null : note.trim(), clock.now())
                .flatMap(done -> done ? store.byId(id).map(Outcome::done)
                        : Mono.just(Outcome.<Row>refused(ResultCode.WRITE_FAILURE_NOT_OPEN,
                                "No unrepaired card-write failure " + id)));
    }
}
