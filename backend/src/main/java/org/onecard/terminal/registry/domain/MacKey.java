package org.onecard.terminal.registry.domain;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/** A terminal's HMAC-SHA256 key: 32 random bytes. */
public final class MacKey {

    public static final int LENGTH = 32;

    private final byte[] bytes;

    private MacKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static MacKey random(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new MacKey(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Lower-case hex, 64 characters: how the key is shown once to the operator. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the key itself, so a log line cannot leak it. */
    @Override
    public String toString() {
        return "MacKey[" + LENGTH + " bytes]";
    }
}
