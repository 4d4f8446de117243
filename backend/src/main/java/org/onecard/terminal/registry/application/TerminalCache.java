package org.onecard.terminal.registry.application;

import java.time.Duration;
import org.onecard.common.cache.ShortLived;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.registry.domain.TerminalModes;
import org.onecard.terminal.registry.persistence.TerminalStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the terminal server reads of a terminal on every message (its key, state and outlet) and
 * on every purchase (its mode values), kept for {@link #TTL}: a change made through this server's
 * registry is seen at once ({@link Terminals} forgets everything after each change); one made by
 * another server instance, or by hand in the database, within {@link #TTL}. So a terminal disabled
 * or re-keyed on another instance may be served for up to two more seconds there.
 */
@Component
public class TerminalCache {

    public static final Duration TTL = Duration.ofSeconds(2);

    private final ShortLived<String, TerminalAuth> auth;
    private final ShortLived<Long, TerminalModes> modes;

    public TerminalCache(TerminalStore store) {
        this.auth = new ShortLived<>(store::auth, TTL);
        this.modes = new ShortLived<>(store::modes, TTL);
    }

    /** The terminal with this field-41 code; empty when none. */
    public Mono<TerminalAuth> auth(String code) {
        return auth.get(code);
    }

    /** The terminal's mode values; empty when the terminal is gone. */
    public Mono<TerminalModes> modes(long terminalId) {
        return modes.get(terminalId);
    }

    /** Reads everything afresh from now on: after any change to terminals (by hand: call it too). */
    public void forget() {
        auth.invalidate();
        modes.invalidate();
    }
}
