package org.onecard.identity.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Evaluates the handler's {@code @PreAuthorize} in the security chain, before the request is
 * read. Method security alone runs it only once the arguments are resolved, so a caller without
 * the permission got 400 for a body or query that failed validation (and had a file upload read)
 * instead of 403. The annotation stays the one declaration and still guards the method itself.
 */
final class HandlerPermissions {

    private final Supplier<RequestMappingHandlerMapping> mapping;
    private final MethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final Map<Method, Optional<Expression>> parsed = new ConcurrentHashMap<>();

    /**
     * The mapping is looked up at the first request: a context without a web server (the {@code verify}
     * command) has none, and must still start.
     */
    HandlerPermissions(ObjectProvider<RequestMappingHandlerMapping> mapping) {
        this.mapping = SingletonSupplier.of(mapping::getObject);
    }

    /** Granted when the handler needs no permission, or no handler matches (the dispatcher answers then). */
    Mono<AuthorizationDecision> check(Authentication authentication, ServerWebExchange exchange) {
        return mapping.get().getHandler(exchange)
                .onErrorResume(e -> Mono.empty())
                .ofType(HandlerMethod.class)
                .map(handler -> new AuthorizationDecision(allows(authentication, handler)))
                .defaultIfEmpty(new AuthorizationDecision(true));
    }

    private boolean allows(Authentication authentication, HandlerMethod handler) {
        Optional<Expression> rule = parsed.computeIfAbsent(handler.getMethod(), m -> rule(handler));
        if (rule.isEmpty()) {
            return true;
        }
        MethodInvocation invocation = new SimpleMethodInvocation(handler.getBean(), handler.getMethod());
        return ExpressionUtils.evaluateAsBoolean(rule.get(),
                expressions.createEvaluationContext(() -> authentication, invocation));
    }

    private Optional<Expression> rule(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        PreAuthorize rule = onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        return Optional.ofNullable(rule).map(r -> expressions.getExpressionParser().parseExpression(r.value()));
    }
}
