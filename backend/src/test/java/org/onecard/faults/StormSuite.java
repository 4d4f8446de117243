package org.onecard.faults;

import org.junit.jupiter.api.BeforeEach;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.server.TerminalServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The storm and race suites' server (subclasses carry {@code @MariaDbTest}) and a fresh terminal fixture per test. */
abstract class StormSuite {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    MealPeriods meals;
    @Autowired
    BusinessClock clock;
    @Autowired
    TerminalServer server;

    TerminalFixture fx;

    @BeforeEach
    void fixture() {
        fx = new TerminalFixture(web, ApiCalls.as(web, operators, Roles.ADMIN), people, db, meals, clock);
    }
}
