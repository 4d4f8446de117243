package org.onecard.terminal.server;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;

/** A terminal on a real socket: writes frames built with the codec, reads reply frames. */
final class TestTerminal implements AutoCloseable {

    static final IsoCodec CODEC = IsoCodec.iso87Binary();
    private static final Frames FRAMES = Frames.of(false);

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    TestTerminal(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    static byte[] frame(byte[] message) {
        return FRAMES.write(new Frame(Optional.empty(), message));
    }

    static byte[] frame(IsoMessage message, byte[] key) {
        return frame(key == null ? CODEC.encode(message) : Macs.encodeWithMac(CODEC, message, key));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void send(IsoMessage message, byte[] key) throws IOException {
        send(frame(message, key));
    }

    /** The next reply message's bytes (without prefix), or null when the server closed the connection. */
    byte[] readMessage() throws IOException {
        try {
            int length = in.readUnsignedShort();
            byte[] body = new byte[length];
            in.readFully(body);
            return body;
        } catch (EOFException | SocketException e) {
            return null;
        }
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
        socket.close();
    }
}
