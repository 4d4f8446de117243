package org.onecard.terminal.registry.application;

import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalDirectory;
import org.onecard.terminal.registry.persistence.TerminalStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The terminal server's view of the registry, read from the database on every call: several
 * server instances share one database, so a cache in one of them could keep a disabled terminal
 * or a rotated key alive. A disabled terminal is returned with {@code enabled = false}.
 */
@Service
public class RegistryTerminalDirectory implements TerminalDirectory {

    private final TerminalStore store;

    public RegistryTerminalDirectory(TerminalStore store) {
        this.store = store;
    }

    @Override
    public Mono<TerminalAuth> byCode(String code) {
        if (code == null || code.length() != 8) {
            return Mono.empty();
        }
        return store.auth(code);
    }
}
