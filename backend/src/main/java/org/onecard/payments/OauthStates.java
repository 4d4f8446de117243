package org.onecard.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.onecard.common.HmacSha256;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.SecurityProperties;
import org.springframework.stereotype.Component;

/**
 * The {@code state} of a WeChat OAuth round trip, against cross-site request forgery: a random
 * nonce, an end time, and an HMAC tying both to the signed-in person, in the 0-9a-zA-Z WeChat
 * allows (at most 128 bytes). A state made for another person, changed, or older than
 * {@link #TTL} does not verify. The key is derived from the access-token secret, so every instance
 * that accepts a person's sign-in accepts their state; without one it is random per start.
 */
@Component
class OauthStates {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final int NONCE_CHARS = 16;
    private static final int EPOCH_DIGITS = 10;
    private static final int MAC_HEX = 32;
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final BusinessClock clock;

    OauthStates(SecurityProperties security, BusinessClock clock) {
        String secret = security.jwtSecret();
        byte[] base = new byte[32];
        if (secret == null || secret.isBlank()) {
            RANDOM.nextBytes(base);
        } else {
            base = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = HmacSha256.of(base, "onecard wechat oauth state".getBytes(StandardCharsets.US_ASCII));
        this.clock = clock;
    }

    String issue(long personId) {
        StringBuilder nonce = new StringBuilder(NONCE_CHARS);
        for (int i = 0; i < NONCE_CHARS; i++) {
            nonce.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String ends = String.format("%0" + EPOCH_DIGITS + "d", clock.now().plus(TTL).getEpochSecond());
        return nonce + ends + mac(personId, nonce + ends);
    }

    /** Whether the state was issued to this person and has not run out. */
    boolean verify(long personId, String state) {
        if (state == null || state.length() != NONCE_CHARS + EPOCH_DIGITS + MAC_HEX
                || !state.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        String body = state.substring(0, NONCE_CHARS + EPOCH_DIGITS);
        byte[] given = state.substring(body.length()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac(personId, body).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        String ends = body.substring(NONCE_CHARS);
        return ends.chars().allMatch(Character::isDigit)
                && Instant.ofEpochSecond(Long.parseLong(ends)).isAfter(clock.now());
    }

    private String mac(long personId, String body) {
        byte[] mac = HmacSha256.of(key, (personId + ":" + body).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(mac).substring(0, MAC_HEX);
    }
}
