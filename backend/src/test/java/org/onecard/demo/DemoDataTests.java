package org.onecard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.ledger.verify.LedgerVerifier;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@TestPropertySource(properties = "onecard.demo.enabled=true")
class DemoDataTests {

    @Autowired
    WebTestClient web;
    @Autowired
    DemoLoader loader;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    DatabaseClient db;

    @Test
    void firstStartLoadsADemoSetWhoseBooksBalance() {
        int staff = DemoShifts.STAFF.length;
        // the demo's gas station has shift staff and two fleet drivers' fuel cards
        assertThat(count("person")).isEqualTo(DemoData.PEOPLE.size() + staff + 2);
        assertThat(count("card")).isEqualTo(DemoData.PEOPLE.size() + staff + 2);
        assertThat(count("outlet")).isEqualTo(2);
        assertThat(count("nozzle")).isEqualTo(2);
        assertThat(count("shift_team_member")).isEqualTo(staff);
        assertThat(count("fuel_price")).isEqualTo(3);
        assertThat(count("fuel_card")).isEqualTo(2);
        assertThat(count("fleet_company")).isEqualTo(2);
        assertThat(count("vehicle")).isEqualTo(3);
        assertThat(verifier.verify().block().clean()).isTrue();
    }

    @Test
    void aSecondStartLoadsNothingMore() {
        long postings = count("ledger_posting");
        loader.run(new DefaultApplicationArguments());
        assertThat(count("person")).isEqualTo(DemoData.PEOPLE.size() + DemoShifts.STAFF.length + 2);
        assertThat(count("ledger_posting")).isEqualTo(postings);
    }

    @Test
    void demoLoginsWork() {
        String admin = Logins.tokenFor(web, "/api/auth/login", Map.of("username", "admin", "password", "admin123"));
        web.get().uri("/api/ledger/verify").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.clean").isEqualTo(true);

        String holder = Logins.tokenFor(web, "/api/h5/auth/login", Map.of("employeeNo", "1001", "password", "123456"));
        web.get().uri("/api/h5/me").headers(h -> h.setBearerAuth(holder)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("张三")
                .jsonPath("$.cashFen").isEqualTo(10_000)
                .jsonPath("$.subsidyFen").isEqualTo(5_000)
                .jsonPath("$.totalFen").isEqualTo(15_000)
                .jsonPath("$.cards[0].status").isEqualTo("NORMAL");
    }

    @Test
    void aCardholderTokenIsRefusedOnOperatorEndpoints() {
        String holder = Logins.tokenFor(web, "/api/h5/auth/login", Map.of("employeeNo", "1002", "password", "123456"));
        web.get().uri("/api/ledger/verify").headers(h -> h.setBearerAuth(holder)).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 403));
    }

    private long count(String table) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }
}
