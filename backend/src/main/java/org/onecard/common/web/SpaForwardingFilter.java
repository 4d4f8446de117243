package org.onecard.common.web;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the single-page apps: a page route such as /admin/ledger has no file of its own, so
 * it gets the app's index.html and the app's router takes over. Paths with a dot are files.
 */
@Component
public class SpaForwardingFilter implements WebFilter {

    private static final List<String> APPS = List.of("/admin", "/h5");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() != HttpMethod.GET) {
            return chain.filter(exchange);
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        for (String app : APPS) {
            if (path.equals(app)) {
                exchange.getResponse().setStatusCode(HttpStatus.MOVED_PERMANENTLY);
                exchange.getResponse().getHeaders().setLocation(java.net.URI.create(app + "/"));
                return exchange.getResponse().setComplete();
            }
            if (path.startsWith(app + "/") && !lastSegment(path).contains(".")) {
                return chain.filter(exchange.mutate()
                        .request(exchange.getRequest().mutate().path(app + "/index.html").build())
                        .build());
            }
        }
        return chain.filter(exchange);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
