package org.onecard.identity;

import reactor.core.publisher.Mono;

/** TEMPORARY stub until the identity package lands. */
@org.springframework.stereotype.Service
public class CardholderCredentials {
    public Mono<Void> setPassword(long personId, String rawPassword) {
        return Mono.empty();
    }
}
