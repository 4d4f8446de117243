package org.onecard.merchant.application;

import java.util.function.Function;
import java.util.function.Supplier;
import org.onecard.identity.CurrentUser;
import org.onecard.merchant.domain.Outcome;
import org.onecard.merchant.domain.Outcome.Done;
import org.onecard.merchant.domain.Outcome.Refused;
import reactor.core.publisher.Mono;

/** Chaining steps that each may refuse: the first refusal ends the chain as the answer. */
final class Flows {

    private Flows() {
    }

    static <T, U> Mono<Outcome<U>> then(Mono<Outcome<T>> step, Function<T, Mono<Outcome<U>>> next) {
        return step.flatMap(outcome -> outcome instanceof Done<T> done
                ? next.apply(done.value())
                : Mono.just(((Refused<T>) outcome).cast()));
    }

    static <T, U> Mono<Outcome<U>> then(Outcome<T> step, Function<T, Mono<Outcome<U>>> next) {
        return then(Mono.just(step), next);
    }

    static <T> Mono<Outcome<T>> found(Mono<T> lookup, Supplier<String> what) {
        return lookup.map(Outcome::done).defaultIfEmpty(Outcome.notFound(what.get()));
    }

    /**
     * Creating and deleting merchants and outlets, and changing merchants, reach beyond any one
     * outlet, so an operator limited to some outlets may not do it.
     */
    static Outcome<CurrentUser> unscoped(CurrentUser user) {
        return user.outletScope().isEmpty()
                ? Outcome.done(user)
                : Outcome.forbidden("An operator limited to some outlets cannot create, delete or change merchants"
                        + " or create and delete outlets");
    }
}
