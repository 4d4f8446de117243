package org.onecard.paycode.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.onecard.common.HmacSha256;

/**
 * What a cardholder's pay code QR carries: {@code OC1.<id>.<expires, epoch seconds>.<nonce>.<mac>},
 * the nonce 12 random bytes and the MAC the first 16 bytes of HMAC-SHA256 under the server's
 * secret over everything before it, both base64url without padding. The signature lets a terminal
 * request be refused as forged before the database is asked; the row under {@code id} holds whose
 * code it is and whether it was used.
 */
public record PayCodeToken(long id, long expiresEpochSecond, String nonce) {

    public static final String PREFIX = "OC1.";
    /** Longer than any code this class writes; what a scanner may send in its place is cut off here. */
    public static final int MAX_LENGTH = 128;
    private static final int NONCE_BYTES = 12;
    private static final int MAC_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static String newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return B64.encodeToString(nonce);
    }

    /** Whether a scanned text claims to be a pay code of this system (it may still be forged). */
    public static boolean claims(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    public String sign(byte[] secret) {
        String body = body();
        return body + "." + B64.encodeToString(mac(secret, body));
    }

    /** The token a text carries when its MAC is right under {@code secret}; empty when malformed or forged. */
    public static Optional<PayCodeToken> verify(String text, byte[] secret) {
        if (!claims(text) || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = text.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 4 || !parts[0].matches("[1-9]\\d{0,17}") || !parts[1].matches("\\d{1,12}")
                || !parts[2].matches("[A-Za-z0-9_-]{16}")) {
            return Optional.empty();
        }
        PayCodeToken token = new PayCodeToken(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
        // compared as text: a decoder ignores the last character's spare bits, so bytes would let 4 spellings pass
        byte[] expected = B64.encodeToString(mac(secret, token.body())).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(parts[3].getBytes(StandardCharsets.US_ASCII), expected)
                ? Optional.of(token) : Optional.empty();
    }

    private String body() {
        return PREFIX + id + "." + expiresEpochSecond + "." + nonce;
    }

    private static byte[] mac(byte[] secret, String body) {
        return Arrays.copyOf(HmacSha256.of(secret, body.getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
    }
}
