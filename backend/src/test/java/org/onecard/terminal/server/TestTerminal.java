package org.onecard.terminal.server;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.tools.TerminalConnection;

/** A terminal on a real socket (the simulator's link): writes frames built with the codec, reads reply frames. */
final class TestTerminal implements AutoCloseable {

    static final IsoCodec CODEC = TerminalConnection.CODEC;
    private static final Frames FRAMES = Frames.of(false);

    private final TerminalConnection link;

    TestTerminal(int port) throws IOException {
        link = new TerminalConnection("127.0.0.1", port, Optional.empty(), Duration.ofSeconds(10));
    }

    static byte[] frame(byte[] message) {
        return FRAMES.write(new Frame(Optional.empty(), message));
    }

    static byte[] frame(IsoMessage message, byte[] key) {
        return frame(TerminalConnection.encode(message, key));
    }

    void send(byte[] bytes) throws IOException {
        link.sendBytes(bytes);
    }

    void send(IsoMessage message, byte[] key) throws IOException {
        send(frame(message, key));
    }

    /** The next reply message's bytes (without prefix), or null when the server closed the connection. */
    byte[] readMessage() throws IOException {
        return link.readMessage();
    }

    IsoMessage read() throws IOException {
        byte[] message = readMessage();
        if (message == null) {
            throw new EOFException("connection closed instead of a reply");
        }
        try {
            return CODEC.decode(message);
        } catch (IsoFormatException e) {
            throw new AssertionError("undecodable reply", e);
        }
    }

    IsoMessage exchange(IsoMessage request, byte[] key) throws IOException {
        send(request, key);
        return read();
    }

    /** True when the server has closed the connection (reads EOF, within the socket timeout). */
    boolean closedByServer() throws IOException {
        return readMessage() == null;
    }

    @Override
    public void close() throws IOException {
        link.close();
    }
}
