package org.onecard.terminal.iso8583;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * ISO 8583:1987 binary encoding: MTI as 2 BCD bytes, binary bitmap, then each field in number
 * order as its {@link FieldSpec} says. Stateless and thread-safe.
 */
public final class IsoCodec {

    private static final IsoCodec ISO87_BINARY = new IsoCodec(FieldTable.iso87Binary());

    private final FieldTable table;

    public IsoCodec(FieldTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    public static IsoCodec iso87Binary() {
        return ISO87_BINARY;
    }

    public FieldTable table() {
        return table;
    }

    /**
     * Encodes a message we built. A value that does not fit its field is a bug in our code, so it
     * fails with an IllegalArgumentException carrying the {@link IsoFormatException}.
     */
    public byte[] encode(IsoMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        Bcd.write(message.mti(), true, out);
        Bitmap.write(message.fieldNumbers(), out);
        for (int field : message.fieldNumbers()) {
            FieldSpec spec = table.spec(field);
            try {
                if (spec == null) {
                    throw new IsoFormatException(field, -1, FormatError.UNDEFINED_FIELD, "not in the field table");
                }
                FieldCodec.write(spec, message.raw(field), out);
            } catch (IsoFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return out.toByteArray();
    }

    /** Decodes exactly one message that must fill {@code bytes}; any fault is an IsoFormatException. */
    public IsoMessage decode(byte[] bytes) throws IsoFormatException {
        ByteReader in = new ByteReader(Objects.requireNonNull(bytes, "bytes"));
        IsoMessage.Builder message = IsoMessage.builder(Bcd.read(in, 4, true, IsoFormatException.MTI, FormatError.BAD_MTI));
        List<Integer> fields = Bitmap.read(in);
        for (int field : fields) {
            FieldSpec spec = table.spec(field);
            if (spec == null) {
                throw new IsoFormatException(field, in.offset(), FormatError.UNDEFINED_FIELD, "not in the field table");
            }
            Object value = FieldCodec.read(spec, in);
            if (value instanceof byte[] b) {
                message.set(field, b);
            } else {
                message.set(field, (String) value);
            }
        }
        if (in.remaining() > 0) {
            throw new IsoFormatException(IsoFormatException.NO_FIELD, in.offset(), FormatError.TRAILING_BYTES,
                    in.remaining() + " bytes after the last field");
        }
        return message.build();
    }
}
