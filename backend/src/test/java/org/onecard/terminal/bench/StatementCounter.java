package org.onecard.terminal.bench;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Counts, in this JVM, every SQL statement the application sends (by its text), every
 * transaction begun and committed, and every connection taken from the pool: the bench divides
 * them by the approvals to show what one purchase costs the database. Wraps the pool bean in a
 * proxy; keeps the pool itself for its metrics (waiting acquirers).
 */
final class StatementCounter implements BeanPostProcessor {

    static final String BEGIN = "(begin transaction)";
    static final String COMMIT = "(commit)";
    static final String ROLLBACK = "(rollback)";
    static final String ACQUIRE = "(connection taken from the pool)";

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    /** SQL text as sent -> its normalised form, so the regular expressions run once per distinct statement. */
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();
    private static volatile ConnectionPool pool;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ConnectionPool p) {
            pool = p;
            return Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ConnectionFactory.class, Disposable.class}, factory(p));
        }
        return bean;
    }

    static Map<String, Long> snapshot() {
        Map<String, Long> copy = new HashMap<>();
        COUNTS.forEach((sql, n) -> copy.put(sql, n.sum()));
        return copy;
    }

    static Optional<PoolMetrics> poolMetrics() {
        return pool == null ? Optional.empty() : pool.getMetrics();
    }

    private static void count(String what) {
        COUNTS.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    private static InvocationHandler factory(ConnectionPool target) {
        return (proxy, method, args) -> {
            if (method.getName().equals("create") && method.getParameterCount() == 0) {
                return Mono.from(target.create()).map(c -> {
                    count(ACQUIRE);
                    return connection(c);
                });
            }
            return invoke(target, method, args);
        };
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "createStatement" -> count(NORMALISED.computeIfAbsent((String) args[0],
                                StatementCounter::normalise));
                        case "beginTransaction" -> count(BEGIN);
                        case "commitTransaction" -> count(COMMIT);
                        case "rollbackTransaction" -> count(ROLLBACK);
                        default -> {
                        }
                    }
                    return invoke(target, method, args);
                });
    }

    /** The statement's text, its IN lists folded, cut to a readable length. */
    private static String normalise(String sql) {
        String s = sql.replaceAll("\\s+", " ").replaceAll("\\?(, ?\\?)+", "?...").trim();
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
