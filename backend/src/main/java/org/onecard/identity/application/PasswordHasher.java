package org.onecard.identity.application;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * BCrypt, off the event loop: one hash takes tens of milliseconds of CPU, which would stall
 * every other request on a Netty thread. The parallel scheduler bounds it to the core count.
 */
@Component
public class PasswordHasher {

    /** BCrypt reads no further; longer passwords would silently share a hash with their prefix. */
    public static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final String dummyHash = encoder.encode(UUID.randomUUID().toString());

    /** Hashes a new password; blank or longer than {@link #MAX_BYTES} bytes is refused. */
    public Mono<String> hash(String raw) {
        if (raw == null || raw.isBlank() || tooLong(raw)) {
            return Mono.error(new IllegalArgumentException(
                    "A password must not be blank or longer than " + MAX_BYTES + " bytes"));
        }
        return Mono.fromCallable(() -> encoder.encode(raw)).subscribeOn(Schedulers.parallel());
    }

    public Mono<Boolean> matches(String raw, String hash) {
        if (raw == null || tooLong(raw)) {
            return burn();
        }
        return Mono.fromCallable(() -> encoder.matches(raw, hash)).subscribeOn(Schedulers.parallel());
    }

    /** Spends the time of one check and says no: unknown names must not answer faster. */
    public Mono<Boolean> burn() {
        return Mono.fromCallable(() -> {
            encoder.matches("x", dummyHash);
            return false;
        }).subscribeOn(Schedulers.parallel());
    }

    private static boolean tooLong(String raw) {
        return raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
