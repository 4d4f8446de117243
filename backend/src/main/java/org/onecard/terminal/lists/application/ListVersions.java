package org.onecard.terminal.lists.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.terminal.lists.domain.ListKind;
import org.onecard.terminal.lists.persistence.HeldVersionStore;
import org.onecard.terminal.lists.persistence.ListChangeStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Which version of each list terminals hold, beside each list's latest: what the registry shows. */
@Service
public class ListVersions {

    /**
     * @param heldVersion the version the terminal last said its list is complete as of; null while it never asked
     * @param reportedAt  when it said so
     */
    public record ListState(ListKind kind, Long heldVersion, long latestVersion, Instant reportedAt) {

        public boolean upToDate() {
            return heldVersion != null && heldVersion >= latestVersion;
        }
    }

    private final HeldVersionStore held;
    private final ListChangeStore changes;
    private final ListHorizon horizon;

    public ListVersions(HeldVersionStore held, ListChangeStore changes, ListHorizon horizon) {
        this.held = held;
        this.changes = changes;
        this.horizon = horizon;
    }

    /** Per terminal id, one state per list in {@link ListKind} order; every id asked for is present. */
    public Mono<Map<Long, List<ListState>>> of(Collection<Long> terminalIds) {
        return Mono.zip(held.of(terminalIds), horizon.settled().flatMap(changes::latest)).map(t -> {
            Map<Long, Map<ListKind, HeldVersionStore.Held>> byTerminal = new HashMap<>();
            t.getT1().forEach(h -> byTerminal.computeIfAbsent(h.terminalId(), id -> new HashMap<>()).put(h.kind(), h));
            Map<Long, List<ListState>> states = new HashMap<>();
            for (Long id : terminalIds) {
                Map<ListKind, HeldVersionStore.Held> mine = byTerminal.getOrDefault(id, Map.of());
                states.put(id, Arrays.stream(ListKind.values()).map(kind -> {
                    HeldVersionStore.Held h = mine.get(kind);
                    return new ListState(kind, h == null ? null : h.version(), t.getT2().getOrDefault(kind, 0L),
                            h == null ? null : h.reportedAt());
                }).toList());
            }
            return states;
        });
    }
}
