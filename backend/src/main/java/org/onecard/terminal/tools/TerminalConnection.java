package org.onecard.terminal.tools;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;
import org.onecard.terminal.iso8583.Tpdu;

/**
 * A terminal's TCP link, blocking: frames go out with the 2-byte length (and the TPDU when the
 * link has one), reply frames come back split into TPDU and message. One request at a time, as
 * a terminal waits for its reply; not thread-safe.
 */
public final class TerminalConnection implements AutoCloseable {

    public static final IsoCodec CODEC = IsoCodec.iso87Binary();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Frames frames;
    private final Optional<Tpdu> tpdu;

    /** Connects; {@code tpdu} present means every frame carries it (the server's switch must be on). */
    public TerminalConnection(String host, int port, Optional<Tpdu> tpdu, Duration timeout) throws IOException {
        this.tpdu = tpdu;
        this.frames = Frames.of(tpdu.isPresent());
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Message bytes for a request: with the MAC under {@code key}, or as they are when the key is null. */
    public static byte[] encode(IsoMessage message, byte[] key) {
        return key == null ? CODEC.encode(message) : Macs.encodeWithMac(CODEC, message, key);
    }

    /** The whole frame (length prefix, TPDU when the link has one, message) for these message bytes. */
    public byte[] frame(byte[] message) {
        return frames.write(new Frame(tpdu, message));
    }

    /** Writes bytes as they are: a whole frame, or a deliberately broken one. */
    public void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public void send(byte[] message) throws IOException {
        sendBytes(frame(message));
    }

    /** The next reply frame's body (TPDU included), or null when the server closed the connection. */
    public byte[] readBody() throws IOException {
        try {
            byte[] body = new byte[in.readUnsignedShort()];
            in.readFully(body);
            return body;
        } catch (EOFException | SocketException e) {
            return null;
        }
    }

    /** The next reply's message bytes (TPDU removed), or null when the server closed the connection. */
    public byte[] readMessage() throws IOException {
        byte[] body = readBody();
        if (body == null) {
            return null;
        }
        try {
            return frames.split(body).message();
        } catch (IsoFormatException e) {
            throw new IOException("the reply frame is malformed: " + e.getMessage(), e);
        }
    }

    /** Sends the message bytes and returns the reply's message bytes; EOFException when the server closed. */
    public byte[] exchange(byte[] message) throws IOException {
        send(message);
        byte[] reply = readMessage();
        if (reply == null) {
            throw new EOFException("the server closed the connection instead of replying");
        }
        return reply;
    }

    /** Encodes (with the MAC when {@code key} is given), sends, and decodes the reply. */
    public IsoMessage exchange(IsoMessage message, byte[] key) throws IOException {
        byte[] reply = exchange(encode(message, key));
        try {
            return CODEC.decode(reply);
        } catch (IsoFormatException e) {
            throw new IOException("the reply does not decode: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
