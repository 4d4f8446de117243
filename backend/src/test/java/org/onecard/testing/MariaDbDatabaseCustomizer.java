package org.onecard.testing;

import java.util.Map;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Creates the test class's database and points R2DBC and Flyway at it; drops it on close. */
final class MariaDbDatabaseCustomizer implements ContextCustomizer {

    private final String testClassName;

    MariaDbDatabaseCustomizer(String testClassName) {
        this.testClassName = testClassName;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        String name = TestDatabase.newName();
        TestDatabase.create(name);
        Map<String, Object> properties = Map.of(
                "spring.r2dbc.url", TestDatabase.r2dbcUrl(name),
                "spring.r2dbc.username", TestDatabase.USER,
                "spring.r2dbc.password", TestDatabase.PASSWORD,
                // a benchmark sets the application's own pool size (make bench passes it)
                "spring.r2dbc.pool.max-size", System.getProperty("onecard.test.pool-max-size", "12"),
                "spring.flyway.url", TestDatabase.jdbcUrl(name),
                "spring.flyway.user", TestDatabase.USER,
                "spring.flyway.password", TestDatabase.PASSWORD,
                "spring.flyway.locations", "classpath:db/migration/mysql",
                "onecard.test-database", name);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mariadb-test", properties));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                TestDatabase.drop(name);
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MariaDbDatabaseCustomizer that && that.testClassName.equals(testClassName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(testClassName);
    }
}
