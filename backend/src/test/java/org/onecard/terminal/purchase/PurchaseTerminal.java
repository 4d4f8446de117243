package org.onecard.terminal.purchase;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Optional;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;

/** A terminal on a real socket sending MAC'd frames and reading reply frames. */
final class PurchaseTerminal implements AutoCloseable {

    static final IsoCodec CODEC = IsoCodec.iso87Binary();
    private static final Frames FRAMES = Frames.of(false);

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final byte[] key;

    PurchaseTerminal(int port, byte[] key) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        this.key = key;
    }

    byte[] frame(IsoMessage message) {
        return FRAMES.write(new Frame(Optional.empty(), Macs.encodeWithMac(CODEC, message, key)));
    }

    /** Sends the frame and returns the reply message's bytes. */
    byte[] exchangeBytes(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
        byte[] body = new byte[in.readUnsignedShort()];
        in.readFully(body);
        return body;
    }

    IsoMessage exchange(IsoMessage message) throws Exception {
        return CODEC.decode(exchangeBytes(frame(message)));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
