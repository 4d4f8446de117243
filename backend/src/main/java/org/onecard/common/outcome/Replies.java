package org.onecard.common.outcome;

import java.util.List;
import java.util.function.Function;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome.Done;
import org.onecard.common.outcome.Outcome.Refused;
import reactor.core.publisher.Mono;

/** Turns outcomes into HTTP answers: a value becomes the body, a refusal its problem+json. */
public final class Replies {

    private Replies() {
    }

    public static <T, V> Mono<V> of(Mono<Outcome<T>> outcome, Function<? super T, ? extends V> view) {
        return outcome.flatMap(o -> o instanceof Done<T> done
                ? Mono.<V>just(view.apply(done.value()))
                : Mono.error(problem((Refused<T>) o)));
    }

    public static <T> Mono<Void> none(Mono<Outcome<T>> outcome) {
        return outcome.flatMap(o -> o instanceof Refused<T> refused ? Mono.error(problem(refused)) : Mono.empty());
    }

    /** The same rule as the audit log: page from 0, size at least 1; a size above 200 is cut to 200. */
    public static Mono<Void> checkPage(int page, int size) {
        if (page < 0) {
            return Mono.error(invalid("page", "must be 0 or more"));
        }
        if (size < 1) {
            return Mono.error(invalid("size", "must be 1 or more"));
        }
        return Mono.empty();
    }

    private static ApiException problem(Refused<?> refused) {
        return new ApiException(refused.code(), refused.detail(), refused.fields());
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ResultCode.VALIDATION_FAILED, field + " " + message,
                List.of(new FieldProblem(field, message)));
    }
}
