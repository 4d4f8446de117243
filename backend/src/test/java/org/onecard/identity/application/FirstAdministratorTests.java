package org.onecard.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@TestPropertySource(properties = "ONECARD_ADMIN_PASSWORD=first-pass-123")
class FirstAdministratorTests {

    @Autowired
    WebTestClient web;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    DatabaseClient db;

    @Test
    void aNewInstallationGetsOneAdministratorWhoCanSignIn() {
        String token = Logins.tokenFor(web, "/api/auth/login", Map.of("username", "admin", "password", "first-pass-123"));
        web.get().uri("/api/auth/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.roles[0]").isEqualTo("ADMIN");
    }

    @Test
    void laterStartsCreateNoOtherAdministrator() {
        firstAdministrator.run(new DefaultApplicationArguments());
        long operators = db.sql("SELECT COUNT(*) AS n FROM operator").map(r -> ((Number) r.get("n")).longValue())
                .one().block();
        assertThat(operators).isEqualTo(1);
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        assertThat(FirstAdministrator.randomPassword()).hasSize(16).isNotEqualTo(FirstAdministrator.randomPassword());
    }
}
