package org.onecard.terminal.server;

import java.util.Arrays;
import java.util.Optional;
import org.onecard.terminal.iso8583.FormatError;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * After a decode error: reads what a format-error reply needs (MTI, fields 11 and 41) when the
 * message is sound up to field 41. The bitmap is cut down to fields 2–41 and the codec decodes that
 * prefix again; anything wrong before or in field 41 gives nothing, and the connection is closed.
 */
final class HeaderSalvage {

    private static final int MTI_BYTES = 2;
    private static final int BITMAP_BYTES = 8;
    /** Field 41 is the high bit of the bitmap's sixth byte. */
    private static final int FIELD_41_BYTE = 5;

    private HeaderSalvage() {
    }

    static Optional<IsoMessage> read(IsoCodec codec, byte[] message) {
        int header = MTI_BYTES + BITMAP_BYTES;
        if (message.length < header) {
            return Optional.empty();
        }
        boolean secondary = (message[MTI_BYTES] & 0x80) != 0;
        int fieldsStart = header + (secondary ? BITMAP_BYTES : 0);
        if (message.length < fieldsStart) {
            return Optional.empty();
        }
        byte[] prefix = new byte[header + message.length - fieldsStart];
        System.arraycopy(message, 0, prefix, 0, header);
        System.arraycopy(message, fieldsStart, prefix, header, message.length - fieldsStart);
        prefix[MTI_BYTES] &= 0x7F;
        prefix[MTI_BYTES + FIELD_41_BYTE] &= (byte) 0x80;
        prefix[MTI_BYTES + FIELD_41_BYTE + 1] = 0;
        prefix[MTI_BYTES + FIELD_41_BYTE + 2] = 0;
        return decode(codec, prefix).filter(m -> m.has(41) && Replies.isRequest(m.mti()));
    }

    private static Optional<IsoMessage> decode(IsoCodec codec, byte[] prefix) {
        try {
            return Optional.of(codec.decode(prefix));
        } catch (IsoFormatException e) {
            if (e.reason() != FormatError.TRAILING_BYTES) {
                return Optional.empty();
            }
            try {
                return Optional.of(codec.decode(Arrays.copyOf(prefix, e.offset())));
            } catch (IsoFormatException again) {
                return Optional.empty();
            }
        }
    }
}
