package org.onecard.terminal.purchase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.registry.application.TerminalCache;
import org.onecard.terminal.server.TerminalServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A socket test of one registered terminal ({@link TerminalFixture}) connected to the full server:
 * each test gets its own terminal, outlet and connection. Subclasses carry {@code @MariaDbTest}.
 */
public abstract class OneTerminalTest {

    @Autowired
    protected WebTestClient web;
    @Autowired
    protected Operators operators;
    @Autowired
    protected PeopleStore people;
    @Autowired
    protected DatabaseClient db;
    @Autowired
    protected TerminalServer server;
    @Autowired
    protected MealPeriods meals;
    @Autowired
    protected BusinessClock clock;
    /** Forget it after changing a terminal by hand in the database. */
    @Autowired
    protected TerminalCache terminalCache;

    protected TerminalFixture fx;
    protected PurchaseTerminal terminal;

    @BeforeEach
    void connectOneTerminal() throws Exception {
        fx = new TerminalFixture(web, ApiCalls.as(web, operators, Roles.ADMIN), people, db, meals, clock);
        terminal = new PurchaseTerminal(server.port(), fx.key);
    }

    @AfterEach
    void disconnect() throws Exception {
        terminal.close();
    }
}
