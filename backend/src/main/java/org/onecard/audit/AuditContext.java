package org.onecard.audit;

import java.util.Optional;
import org.onecard.common.error.ProblemExceptionHandler;
import org.onecard.common.error.ResultCode;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the request audit learns along the way: the authentication filter attaches the actor,
 * and the problem handler notes the result code of a refusal. Kept on the exchange because the audit
 * filter runs outside the security chain and cannot see its context.
 */
public final class AuditContext {

    private static final String ACTOR = AuditContext.class.getName() + ".actor";

    private AuditContext() {
    }

    public static void attachActor(ServerWebExchange exchange, Actor actor) {
        exchange.getAttributes().put(ACTOR, actor);
    }

    public static Optional<Actor> actor(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ACTOR));
    }

    /** Every problem answer goes through the one handler, which notes its code on the exchange. */
    public static Optional<ResultCode> resultCode(ServerWebExchange exchange) {
        return ProblemExceptionHandler.resultCodeOf(exchange);
    }
}
