package org.onecard.sites;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onecard.OneCardApplication;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Cardholders;
import org.onecard.testing.Logins;
import org.onecard.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One OneCard instance started by a test: its own throwaway MariaDB database, its own HTTP port, an administrator. */
final class SiteInstance implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final String database;
    final int port;
    final WebTestClient web;
    final Cardholders holders;

    private SiteInstance(ConfigurableApplicationContext context, String database) {
        this.context = context;
        this.database = database;
        this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        this.web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        String admin = Logins.operator(web, context.getBean(Operators.class), "ADMIN");
        this.holders = new Cardholders(web, context.getBean(PeopleStore.class), admin);
    }

    /** Starts an instance with these onecard.sites.* (or other) properties. */
    static SiteInstance start(Map<String, String> properties) {
        String database = TestDatabase.createThrowaway();
        List<String> args = new ArrayList<>();
        TestDatabase.springProperties(database).forEach((k, v) -> args.add("--" + k + "=" + v));
        args.add("--server.port=0");
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        try {
            return new SiteInstance(new SpringApplicationBuilder(OneCardApplication.class)
                    .run(args.toArray(String[]::new)), database);
        } catch (RuntimeException e) {
            TestDatabase.dropThrowaway(database);
            throw e;
        }
    }

    DatabaseClient db() {
        return context.getBean(DatabaseClient.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String uri) {
        return holders.admin("GET", uri, null, null).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            TestDatabase.dropThrowaway(database);
        }
    }
}
