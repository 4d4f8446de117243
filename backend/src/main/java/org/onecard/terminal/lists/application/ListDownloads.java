package org.onecard.terminal.lists.application;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.lists.domain.ListKind;
import org.onecard.terminal.lists.domain.ListPage;
import org.onecard.terminal.lists.domain.ListQuery;
import org.onecard.terminal.lists.persistence.HeldVersionStore;
import org.onecard.terminal.lists.persistence.ListChangeStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A terminal downloads a list (openapi/terminal-protocol.md §2.6): the changes after the version it
 * holds, or — holding nothing — the whole list as it stands, collapsed to its present entries, in
 * pages. A request naming a complete version is the terminal's acknowledgement of it and is recorded.
 * A version above every version recorded is refused (5120): the terminal's list came from elsewhere.
 */
@Service
public class ListDownloads {

    private final ListChangeStore changes;
    private final HeldVersionStore held;
    private final ListHorizon horizon;
    private final BusinessClock clock;

    public ListDownloads(ListChangeStore changes, HeldVersionStore held, ListHorizon horizon, BusinessClock clock) {
        this.changes = changes;
        this.held = held;
        this.horizon = horizon;
        this.clock = clock;
    }

    public Mono<Outcome<ListPage>> page(TerminalAuth terminal, ListKind kind, ListQuery q) {
        return changes.top().flatMap(top -> {
            if (q.heldVersion() > top) {
                return Mono.just(Outcome.<ListPage>refused(ResultCode.LIST_VERSION_UNKNOWN, "Version "
                        + q.heldVersion() + " of the " + kind + " is beyond the latest, " + top));
            }
            Mono<Void> acknowledged = q.complete()
                    ? held.report(terminal.id(), kind, q.heldVersion(), clock.now()) : Mono.empty();
            return acknowledged.then(horizon.settled().flatMap(settled -> changes.latest(kind, settled)
                    .flatMap(latest -> serve(kind, q, settled, latest))))
                    .map(Outcome::done);
        });
    }

    private Mono<ListPage> serve(ListKind kind, ListQuery q, long settled, long latest) {
        if (q.acknowledgeOnly()) {
            return Mono.just(ListPage.acknowledgement(q, latest));
        }
        int take = Math.min(q.maxEntries(), ListPage.MOST_ENTRIES);
        if (q.wholeList()) {
            long base = q.cursor() > 0 ? q.heldVersion() : latest;
            return changes.present(kind, base, q.cursor(), take + 1)
                    .map(rows -> ListPage.wholeList(base, rows, take, latest));
        }
        return changes.changes(kind, q.heldVersion(), settled, take + 1)
                .map(rows -> ListPage.changes(q, rows, take, latest));
    }
}
