package org.onecard.terminal;

/**
 * What the terminal server tells about terminals as they talk; implemented by the live state.
 * Called on the connection's event loop for every accepted message, so it must neither block nor fail.
 */
public interface TerminalActivity {

    /** Nobody listens. */
    TerminalActivity NONE = terminal -> {
    };

    /** A message of this terminal passed the server's checks (terminal known and enabled, MAC valid where needed). */
    void seen(TerminalAuth terminal);
}
