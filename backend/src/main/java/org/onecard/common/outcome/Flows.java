package org.onecard.common.outcome;

import java.util.function.Function;
import java.util.function.Supplier;
import org.onecard.common.outcome.Outcome.Done;
import org.onecard.common.outcome.Outcome.Refused;
import reactor.core.publisher.Mono;

/** Chaining steps that each may refuse: the first refusal ends the chain as the answer. */
public final class Flows {

    private Flows() {
    }

    public static <T, U> Mono<Outcome<U>> then(Mono<Outcome<T>> step, Function<T, Mono<Outcome<U>>> next) {
        return step.flatMap(outcome -> outcome instanceof Done<T> done
                ? next.apply(done.value())
                : Mono.just(((Refused<T>) outcome).cast()));
    }

    public static <T, U> Mono<Outcome<U>> then(Outcome<T> step, Function<T, Mono<Outcome<U>>> next) {
        return then(Mono.just(step), next);
    }

    /** The value, or a not-found refusal naming {@code what}. */
    public static <T> Mono<Outcome<T>> found(Mono<T> lookup, Supplier<String> what) {
        return lookup.map(Outcome::done).defaultIfEmpty(Outcome.notFound(what.get()));
    }
}
