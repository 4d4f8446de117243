package org.onecard.terminal.live.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.TerminalActivity;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.live.LiveProperties;
import org.onecard.terminal.live.domain.LiveState;
import org.onecard.terminal.live.persistence.LiveStore;
import org.onecard.terminal.live.persistence.LiveStore.Seen;
import org.onecard.terminal.server.TerminalServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Terminals' live state. Each accepted message and transaction only updates memory; every
 * {@code flush-interval} the terminals that changed are written in one transaction, so a busy
 * terminal costs the database one row update per interval, not one per message. "Online" is what
 * this instance's terminal server knows: a connection bound to the terminal now.
 */
@Component
public class LiveStates implements TerminalActivity, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveStates.class);
    private static final Duration LAST_FLUSH_WAIT = Duration.ofSeconds(5);

    private record Transacted(Instant at, Integer trace) {
    }

    private static final class Entry {
        final String code;
        volatile Instant lastSeen;
        volatile Transacted transacted;
        final AtomicBoolean dirty = new AtomicBoolean();

        Entry(String code) {
            this.code = code;
        }
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final LiveStore store;
    private final BusinessClock clock;
    private final LiveProperties properties;
    private final ObjectProvider<TerminalServer> server;
    private volatile Disposable flushing;

    public LiveStates(LiveStore store, BusinessClock clock, LiveProperties properties,
                      ObjectProvider<TerminalServer> server) {
        this.store = store;
        this.clock = clock;
        this.properties = properties;
        this.server = server;
    }

    @Override
    public void seen(TerminalAuth terminal) {
        Entry e = entry(terminal);
        e.lastSeen = clock.now();
        e.dirty.set(true);
    }

    /** A money transaction of the terminal was answered (see {@link TransactionMonitor}). */
    void transacted(TerminalAuth terminal, Instant at, String trace) {
        Entry e = entry(terminal);
        e.lastSeen = at;
        e.transacted = new Transacted(at, trace(trace));
        e.dirty.set(true);
    }

    /** Each terminal's state (codes by id): memory where this instance saw it, else the database's. */
    public Mono<Map<Long, LiveState>> of(Map<Long, String> codesById) {
        return store.read(codesById.keySet()).map(stored -> {
            TerminalServer s = server.getIfAvailable();
            Map<Long, LiveState> states = new HashMap<>();
            codesById.forEach((id, code) -> {
                boolean online = s != null && s.online(code);
                LiveState fromDb = stored.getOrDefault(id, LiveState.NEVER);
                LiveState base = new LiveState(online, fromDb.lastSeenAt(), fromDb.lastTransactionAt(), fromDb.lastTrace());
                Entry e = entries.get(id);
                states.put(id, e == null ? base : base.merge(memory(e)));
            });
            return states;
        });
    }

    /** Writes what changed since the last flush; what fails to be written is tried again next time. */
    public Mono<Void> flush() {
        List<Seen> changed = new ArrayList<>();
        List<Entry> taken = new ArrayList<>();
        entries.forEach((id, e) -> {
            if (e.dirty.compareAndSet(true, false)) {
                Transacted t = e.transacted;
                changed.add(new Seen(id, e.lastSeen, t == null ? null : t.at(), t == null ? null : t.trace()));
                taken.add(e);
            }
        });
        return store.write(changed).onErrorResume(error -> {
            log.warn("could not write the live state of {} terminals; trying again later", changed.size(), error);
            taken.forEach(e -> e.dirty.set(true));
            return Mono.empty();
        });
    }

    @Override
    public void start() {
        flushing = Flux.interval(properties.flushInterval())
                .onBackpressureDrop()
                .concatMap(tick -> flush(), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable d = flushing;
        flushing = null;
        if (d != null) {
            d.dispose();
            try {
                flush().block(LAST_FLUSH_WAIT);
            } catch (RuntimeException e) {
                log.warn("the last live-state flush did not finish", e);
            }
        }
    }

    /** Started before and stopped after the terminal server, so the last flush sees its last messages. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    @Override
    public boolean isRunning() {
        return flushing != null;
    }

    private Entry entry(TerminalAuth terminal) {
        Entry e = entries.get(terminal.id());
        return e != null ? e : entries.computeIfAbsent(terminal.id(), id -> new Entry(terminal.code()));
    }

    private static LiveState memory(Entry e) {
        Transacted t = e.transacted;
        return new LiveState(false, e.lastSeen, t == null ? null : t.at(), t == null ? null : t.trace());
    }

    private static Integer trace(String trace) {
        try {
            return trace == null ? null : Integer.valueOf(trace.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
