package org.onecard.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onecard.OneCardApplication;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.ledger.verify.LedgerVerifier;
import org.onecard.ledger.verify.VerifyReport;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.server.TerminalServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The whole server in this JVM on a {@link DbRestartServer}, with a registered terminal and an administrator. */
final class DbRestartInstance implements AutoCloseable {

    final DbRestartServer database;
    final ConfigurableApplicationContext context;
    final WebTestClient web;
    final TerminalFixture fx;

    private DbRestartInstance(DbRestartServer database, ConfigurableApplicationContext context) {
        this.database = database;
        this.context = context;
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        this.web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(60)).build();
        this.fx = new TerminalFixture(web, ApiCalls.as(web, context.getBean(Operators.class), Roles.ADMIN),
                context.getBean(PeopleStore.class), context.getBean(DatabaseClient.class),
                context.getBean(MealPeriods.class), context.getBean(BusinessClock.class));
    }

    /** A private MariaDB named after the suite, and the server on it with the application's own pool settings. */
    static DbRestartInstance start(String name, Map<String, String> properties) throws Exception {
        DbRestartServer database = DbRestartServer.install(name);
        try {
            List<String> args = new ArrayList<>(List.of("--server.port=0",
                    "--spring.r2dbc.url=" + database.r2dbcUrl(), "--spring.r2dbc.username=root",
                    "--spring.r2dbc.password=", "--spring.flyway.url=" + database.jdbcUrl(),
                    "--spring.flyway.user=root", "--spring.flyway.password=",
                    "--spring.flyway.locations=classpath:db/migration/mysql"));
            properties.forEach((k, v) -> args.add("--" + k + "=" + v));
            return new DbRestartInstance(database,
                    new SpringApplicationBuilder(OneCardApplication.class).run(args.toArray(String[]::new)));
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    int terminalPort() {
        return context.getBean(TerminalServer.class).port();
    }

    VerifyReport verify() {
        return context.getBean(LedgerVerifier.class).verify().block(Duration.ofMinutes(2));
    }

    @Override
    public void close() throws Exception {
        try {
            context.close();
        } finally {
            database.close();
        }
    }
}
