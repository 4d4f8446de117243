package org.onecard.identity.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import reactor.core.publisher.Mono;

/**
 * Every HTTP endpoint the running server answers, read from its handler mappings (annotated
 * controllers, actuator) and router functions, so a new one cannot be left out of the matrix.
 */
record Endpoints(List<Endpoint> all) {

    /**
     * One method on one path pattern.
     *
     * @param consumes     the media types its body may have
     * @param preAuthorize the handler's (or its class's) {@code @PreAuthorize} in matrix form; blank
     *                     when there is none, null when it says more than the matrix can
     */
    record Endpoint(String method, String path, Set<MediaType> consumes, String preAuthorize, String handler) {

        String key() {
            return method + " " + path;
        }
    }

    static Endpoints of(ApplicationContext context) {
        List<Endpoint> found = new ArrayList<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> add(found, info, handler)));
        context.getBeansOfType(RouterFunctionMapping.class).values().stream()
                .map(RouterFunctionMapping::getRouterFunction)
                .filter(Objects::nonNull)
                .forEach(routes -> routes.accept(new Routes(found)));
        found.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return new Endpoints(List.copyOf(found));
    }

    Map<String, Endpoint> byKey() {
        return all.stream().collect(Collectors.toMap(Endpoint::key, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static void add(List<Endpoint> found, RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> names = methods.isEmpty() ? List.of("GET") : methods.stream().map(RequestMethod::name).toList();
        Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
        String rule = preAuthorize(handler);
        String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
        for (var pattern : info.getPatternsCondition().getPatterns()) {
            names.forEach(m -> found.add(new Endpoint(m, pattern.getPatternString(), consumes, rule, name)));
        }
    }

    private static String preAuthorize(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        PreAuthorize rule = onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        return Access.fromExpression(rule == null ? null : rule.value());
    }

    /** Collects the method and path of each router-function route (no annotations to read there). */
    private record Routes(List<Endpoint> found) implements RouterFunctions.Visitor {

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
            PathAndMethod pm = new PathAndMethod();
            predicate.accept(pm);
            found.add(new Endpoint(pm.method.orElse("GET"), pm.path.orElse("/**"), Set.of(), "",
                    "route " + predicate));
        }

        @Override
        public void startNested(RequestPredicate predicate) {
        }

        @Override
        public void endNested(RequestPredicate predicate) {
        }

        @Override
        public void resources(Function<ServerRequest, Mono<Resource>> lookup) {
        }

        @Override
        public void attributes(Map<String, Object> attributes) {
        }

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
            found.add(new Endpoint("GET", "?" + routerFunction, Set.of(), "", "unknown route"));
        }
    }

    private static final class PathAndMethod implements RequestPredicates.Visitor {

        Optional<String> method = Optional.empty();
        Optional<String> path = Optional.empty();

        @Override
        public void method(Set<HttpMethod> methods) {
            method = methods.stream().map(HttpMethod::name).sorted().findFirst();
        }

        @Override
        public void path(String pattern) {
            path = Optional.of(path.orElse("") + pattern);
        }

        @Override
        public void pathExtension(String extension) {
        }

        @Override
        public void header(String name, String value) {
        }

        @Override
        public void queryParam(String name, String value) {
        }

        @Override
        public void startAnd() {
        }

        @Override
        public void and() {
        }

        @Override
        public void endAnd() {
        }

        @Override
        public void startOr() {
        }

        @Override
        public void or() {
        }

        @Override
        public void endOr() {
        }

        @Override
        public void startNegate() {
        }

        @Override
        public void endNegate() {
        }

        @Override
        public void unknown(RequestPredicate predicate) {
        }
    }
}
