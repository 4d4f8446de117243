package org.onecard.common.web;

import java.util.function.Supplier;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import reactor.core.publisher.Mono;

/** The key a sender chooses for a request that moves money: required, at most 100 characters. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 100;

    private IdempotencyKeys() {
    }

    /** Runs {@code work} (not before) when the key is usable; 1006 otherwise. */
    public static <T> Mono<T> required(String key, Supplier<Mono<T>> work) {
        if (key == null || key.isBlank() || key.length() > MAX_LENGTH) {
            return Mono.error(new ApiException(ResultCode.IDEMPOTENCY_KEY_REQUIRED, "Send an " + HEADER
                    + " header (at most " + MAX_LENGTH + " characters) you chose for this request"));
        }
        return Mono.defer(work);
    }
}
