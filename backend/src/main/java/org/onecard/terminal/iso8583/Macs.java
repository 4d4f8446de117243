package org.onecard.terminal.iso8583;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message authentication: the MAC is the first 8 bytes of HMAC-SHA256, keyed per terminal, over
 * every message byte before the MAC field (MTI and bitmap included). The MAC field is the last
 * field of the message: 64 when only the primary bitmap is used, 128 when the secondary is
 * (then 64 must be absent), so it is always the message's last 8 bytes.
 */
public final class Macs {

    public static final int MAC_BYTES = 8;

    /** What a received message's MAC says. */
    public enum Check {
        VALID,
        /** The MAC field is there but its value is wrong: wrong key or altered bytes. */
        MISMATCH,
        /** No MAC field in last position (absent, or followed by other fields). */
        MISSING
    }

    private static final int HEADER_BYTES = 2 + Bitmap.PRIMARY_BYTES;

    private Macs() {
    }

    public static byte[] compute(byte[] key, byte[] bytesBeforeMac) {
        return compute(key, bytesBeforeMac, bytesBeforeMac.length);
    }

    /**
     * Checks a message the codec has already decoded: the MAC's position is taken from the bitmap,
     * and the comparison takes the same time wherever the bytes differ.
     */
    public static Check verify(byte[] key, byte[] message) {
        if (macField(message) == 0) {
            return Check.MISSING;
        }
        int macStart = message.length - MAC_BYTES;
        byte[] expected = compute(key, message, macStart);
        byte[] actual = Arrays.copyOfRange(message, macStart, message.length);
        return MessageDigest.isEqual(expected, actual) ? Check.VALID : Check.MISMATCH;
    }

    /** Encodes the message with a MAC in field 64, or 128 when it uses fields 65–127; replaces any MAC it had. */
    public static byte[] encodeWithMac(IsoCodec codec, IsoMessage message, byte[] key) {
        IsoMessage.Builder builder = message.toBuilder().remove(64).remove(128);
        boolean secondary = message.fieldNumbers().subSet(65, 128).size() > 0;
        int field = secondary ? 128 : 64;
        FieldSpec spec = codec.table().spec(field);
        if (spec == null || spec.type() != FieldSpec.Type.BINARY || spec.maxLength() != MAC_BYTES) {
            throw new IllegalStateException("field " + field + " must be binary of " + MAC_BYTES + " bytes");
        }
        byte[] bytes = codec.encode(builder.set(field, new byte[MAC_BYTES]).build());
        int macStart = bytes.length - MAC_BYTES;
        System.arraycopy(compute(key, bytes, macStart), 0, bytes, macStart, MAC_BYTES);
        return bytes;
    }

    /** 64 or 128 when the bitmap says the MAC field is the last field, otherwise 0. Reads only the bitmap. */
    static int macField(byte[] message) {
        if (message.length < HEADER_BYTES + MAC_BYTES) {
            return 0;
        }
        boolean secondary = (message[2] & 0x80) != 0;
        if (!secondary) {
            return (message[HEADER_BYTES - 1] & 0x01) != 0 ? 64 : 0;
        }
        boolean has64 = (message[HEADER_BYTES - 1] & 0x01) != 0;
        boolean has128 = message.length >= HEADER_BYTES + Bitmap.PRIMARY_BYTES + MAC_BYTES
                && (message[HEADER_BYTES + Bitmap.PRIMARY_BYTES - 1] & 0x01) != 0;
        return has128 && !has64 ? 128 : 0;
    }

    private static byte[] compute(byte[] key, byte[] data, int length) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("a terminal MAC key is required");
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(data, 0, length);
            return Arrays.copyOf(hmac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
