package org.onecard.terminal.registry.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecard.terminal.live.application.LiveStates;
import org.onecard.terminal.live.domain.LiveState;
import org.onecard.terminal.lists.application.ListVersions;
import org.onecard.terminal.lists.application.ListVersions.ListState;
import org.onecard.terminal.registry.domain.Terminal;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** What the registry shows beside a terminal's details: its live state and the list versions it holds. */
@Service
public class TerminalStatuses {

    /** One terminal's status. */
    public record Status(LiveState live, List<ListState> lists) {
    }

    private final LiveStates live;
    private final ListVersions lists;

    public TerminalStatuses(LiveStates live, ListVersions lists) {
        this.live = live;
        this.lists = lists;
    }

    /** By terminal id; every terminal given is present. */
    public Mono<Map<Long, Status>> of(Collection<Terminal> terminals) {
        Map<Long, String> codes = new LinkedHashMap<>();
        terminals.forEach(t -> codes.put(t.id(), t.code()));
        return Mono.zip(live.of(codes), lists.of(codes.keySet())).map(t -> {
            Map<Long, Status> statuses = new HashMap<>();
            codes.keySet().forEach(id -> statuses.put(id, new Status(t.getT1().getOrDefault(id, LiveState.NEVER),
                    t.getT2().getOrDefault(id, List.of()))));
            return statuses;
        });
    }

    public Mono<Status> of(Terminal terminal) {
        return of(List.of(terminal)).map(s -> s.get(terminal.id()));
    }
}
