package org.onecard.terminal.server;

import java.net.SocketAddress;
import java.util.Optional;
import org.onecard.terminal.TerminalAuth;

/**
 * One connection's state. A connection is bound to the terminal of the first message that passes
 * the directory check; every later message must carry the same field 41. Requests of a connection
 * are handled one after the other, never concurrently.
 */
public final class TerminalSession {

    private final SocketAddress remoteAddress;
    private volatile TerminalAuth terminal;
    private volatile boolean signedOn;
    private volatile boolean closeRequested;
    private volatile Long operatorId;
    private volatile Long rechargeOperatorId;

    public TerminalSession(SocketAddress remoteAddress) {
        this.remoteAddress = remoteAddress;
    }

    public SocketAddress remoteAddress() {
        return remoteAddress;
    }

    /** The bound terminal as the directory returned it for the current message. */
    public Optional<TerminalAuth> terminal() {
        return Optional.ofNullable(terminal);
    }

    public boolean signedOn() {
        return signedOn;
    }

    public void signOn() {
        signedOn = true;
    }

    /** Signs the terminal off, and with it any operator. */
    public void signOff() {
        signedOn = false;
        operatorId = null;
        rechargeOperatorId = null;
    }

    /** The terminal operator signed on at this connection (§2.8), or null; sales record it. */
    public Long operatorId() {
        return operatorId;
    }

    public void operatorSignedOn(Long id) {
        operatorId = id;
    }

    /**
     * The recharge operator (an operator of the card centre) signed on at this connection with their
     * authorisation card (§2.9), or null; recharges and cash-outs record them.
     */
    public Long rechargeOperatorId() {
        return rechargeOperatorId;
    }

    public void rechargeOperatorSignedOn(Long id) {
        rechargeOperatorId = id;
    }

    /** Asks the server to close the connection once the current reply is written. */
    public void requestClose() {
        closeRequested = true;
    }

    public boolean closeRequested() {
        return closeRequested;
    }

    /** The bound terminal code, or null before the first accepted message. */
    String boundCode() {
        TerminalAuth t = terminal;
        return t == null ? null : t.code();
    }

    void bind(TerminalAuth auth) {
        this.terminal = auth;
    }

    @Override
    public String toString() {
        return "TerminalSession[" + remoteAddress + ", " + boundCode() + (signedOn ? ", signed on]" : "]");
    }
}
