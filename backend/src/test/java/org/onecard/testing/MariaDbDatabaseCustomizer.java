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
        Map<String, Object> properties = TestDatabase.springProperties(name);
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
