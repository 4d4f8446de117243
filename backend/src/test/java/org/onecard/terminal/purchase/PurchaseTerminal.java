package org.onecard.terminal.purchase;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.tools.TerminalConnection;

/** A terminal on a real socket (the simulator's link) sending MAC'd frames and reading reply frames. */
public final class PurchaseTerminal implements AutoCloseable {

    public static final IsoCodec CODEC = TerminalConnection.CODEC;

    private final TerminalConnection link;
    private final byte[] key;

    public PurchaseTerminal(int port, byte[] key) throws IOException {
        this(port, key, Duration.ofSeconds(15));
    }

    /** With a longer wait for each reply, for suites that queue many requests on one card. */
    public PurchaseTerminal(int port, byte[] key, Duration timeout) throws IOException {
        link = new TerminalConnection("127.0.0.1", port, Optional.empty(), timeout);
        this.key = key;
    }

    public byte[] frame(IsoMessage message) {
        return link.frame(TerminalConnection.encode(message, key));
    }

    /** Sends the frame and returns the reply message's bytes. */
    public byte[] exchangeBytes(byte[] frame) throws IOException {
        link.sendBytes(frame);
        byte[] reply = link.readMessage();
        if (reply == null) {
            throw new EOFException("connection closed instead of a reply");
        }
        return reply;
    }

    public IsoMessage exchange(IsoMessage message) throws Exception {
        return CODEC.decode(exchangeBytes(frame(message)));
    }

    @Override
    public void close() throws IOException {
        link.close();
    }
}
