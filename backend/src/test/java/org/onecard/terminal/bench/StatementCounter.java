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
    private static final int SHOWN = 160;
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
                        case "createStatement" -> count(normalise((String) args[0]));
                        case "beginTransaction" -> count(BEGIN);
                        case "commitTransaction" -> count(COMMIT);
                        case "rollbackTransaction" -> count(ROLLBACK);
                        default -> {
                        }
                    }
                    return invoke(target, method, args);
                });
    }

    /**
     * The statement's text, white space collapsed, lists of parameters folded ({@code ?, ?, ?} to
     * {@code ?...}), cut to a readable length. A plain loop that stops once the text is long enough:
     * it ran as two regular expressions over the whole text before (cached per text, but batched
     * inserts with literals are all different), which was a tenth of the server's CPU samples in the
     * backlog phase, charged to the server.
     */
    static String normalise(String sql) {
        StringBuilder out = new StringBuilder(SHOWN + 4);
        boolean space = false;
        int n = sql.length();
        for (int i = 0; i < n && out.length() <= SHOWN; i++) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
            if (c == '?') {
                int end = listEnd(sql, i);
                if (end > i) {
                    out.append("...");
                    i = end;
                }
            }
        }
        return out.length() > SHOWN ? out.substring(0, SHOWN - 3) + "..." : out.toString();
    }

    /** The index of the last {@code ?} of a list {@code ?, ?, ?} starting at {@code first}, or {@code first}. */
    private static int listEnd(String sql, int first) {
        int last = first;
        int i = first + 1;
        while (i < sql.length() && sql.charAt(i) == ',') {
            int j = i + 1;
            while (j < sql.length() && Character.isWhitespace(sql.charAt(j))) {
                j++;
            }
            if (j >= sql.length() || sql.charAt(j) != '?') {
                break;
            }
            last = j;
            i = j + 1;
        }
        return last;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
