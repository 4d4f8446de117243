package org.onecard.terminal.registry.domain;

/**
 * A terminal with its MAC key, the one answer that shows the key: registration and key rotation.
 */
public record KeyedTerminal(Terminal terminal, MacKey key) {
}
