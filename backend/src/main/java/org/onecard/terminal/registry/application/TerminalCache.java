package org.onecard.terminal.registry.application;

import java.time.Duration;
import org.onecard.common.cache.ShortLived;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.registry.domain.TerminalModes;
import org.onecard.terminal.registry.persistence.TerminalStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the terminal server reads of a terminal on every message (its key, state and outlet) and
 * on every purchase (its mode values), kept for {@code onecard.terminal.registry-cache} (30 s): a
 * change made through this server's registry is seen at once ({@link Terminals} forgets everything
 * after each change); one made by another server instance, or by hand in the database, within that
 * time. A terminal sends a message every few seconds at the busiest and every few minutes at the
 * quietest, so a shorter time reads the registry on nearly every message: two statements of an
 * approval's dozen.
 */
@Component
public class TerminalCache {

    private final ShortLived<String, TerminalAuth> auth;
    private final ShortLived<Long, TerminalModes> modes;

    public TerminalCache(TerminalStore store, @Value("${onecard.terminal.registry-cache:30s}") Duration ttl) {
        if (ttl.isNegative() || ttl.toMinutes() > 10) {
            throw new IllegalArgumentException("onecard.terminal.registry-cache must be 0 to 10 minutes: " + ttl);
        }
        this.auth = new ShortLived<>(store::auth, ttl);
        this.modes = new ShortLived<>(store::modes, ttl);
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
