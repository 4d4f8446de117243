package org.onecard.terminal.registry.application;

import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalDirectory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The terminal server's view of the registry, through {@link TerminalCache}: a change made on this
 * server is seen at once, one made on another instance sharing the database within two seconds. A
 * disabled terminal is returned with {@code enabled = false}.
 */
@Service
public class RegistryTerminalDirectory implements TerminalDirectory {

    private final TerminalCache cache;

    public RegistryTerminalDirectory(TerminalCache cache) {
        this.cache = cache;
    }

    @Override
    public Mono<TerminalAuth> byCode(String code) {
        if (code == null || code.length() != 8) {
            return Mono.empty();
        }
        return cache.auth(code);
    }
}
