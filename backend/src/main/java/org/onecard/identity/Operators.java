package org.onecard.identity;

import java.util.Set;
import reactor.core.publisher.Mono;

/** TEMPORARY stub until the identity package lands. */
@org.springframework.stereotype.Service
public class Operators {
    public Mono<Long> create(String username, String displayName, String rawPassword, Set<String> roleCodes,
                             String cardSerial) {
        return Mono.just(0L);
    }
}
