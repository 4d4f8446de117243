package org.onecard.audit;

import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the request audit learns along the way: the authentication filter attaches the actor,
 * and whoever writes a refusal notes its result code. Kept on the exchange because the audit
 * filter runs outside the security chain and cannot see its context.
 */
public final class AuditContext {

    private static final String ACTOR = AuditContext.class.getName() + ".actor";
    private static final String RESULT_CODE = AuditContext.class.getName() + ".resultCode";

    private AuditContext() {
    }

    public static void attachActor(ServerWebExchange exchange, Actor actor) {
        exchange.getAttributes().put(ACTOR, actor);
    }

    public static Optional<Actor> actor(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ACTOR));
    }

    public static void noteResultCode(ServerWebExchange exchange, ResultCode code) {
        exchange.getAttributes().put(RESULT_CODE, code);
    }

    public static Optional<ResultCode> resultCode(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(RESULT_CODE));
    }
}
