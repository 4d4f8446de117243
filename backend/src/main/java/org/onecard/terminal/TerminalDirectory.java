package org.onecard.terminal;

import reactor.core.publisher.Mono;

/**
 * Registered terminals as the terminal server sees them. Implemented by the terminal registry;
 * the TCP server depends only on this.
 */
public interface TerminalDirectory {

    /** The terminal with this field-41 code, or empty when none is registered. */
    Mono<TerminalAuth> byCode(String code);
}
