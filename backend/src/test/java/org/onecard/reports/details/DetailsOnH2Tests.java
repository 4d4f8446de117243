package org.onecard.reports.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The details report's SQL (V30, the joins, the card look-up) on the embedded H2 `make run` uses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.r2dbc.url=r2dbc:h2:mem:///details;DB_CLOSE_DELAY=-1",
        "spring.flyway.url=jdbc:h2:mem:details;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration/h2"})
@AutoConfigureWebTestClient
@SuppressWarnings("unchecked")
class DetailsOnH2Tests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;

    @Test
    void anIssuedCardsRowsAndWorkbookOnH2() {
        ApiCalls admin = ApiCalls.as(web, operators, Roles.ADMIN);
        long person = ApiCalls.id(admin.created("/api/people", Map.of("employeeNo", "710001", "name", "赵六",
                "orgUnitId", admin.department("明细"))));
        web.post().uri("/api/cards").headers(h -> {
            h.setBearerAuth(admin.token());
            h.set("Idempotency-Key", "details-h2-" + person);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("personId", person, "serial", "H2S" + person,
                "depositFen", 1000, "cardCostFen", 500, "firstRechargeFen", 3000)).exchange().expectStatus().isCreated();
        String range = "from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1);

        Map<String, Object> page = ApiCalls.body(admin.get("/api/reports/details?" + range + "&departmentCode=&personId="
                + person + "&kind=CARD_COST&kind=RECHARGE&limit=2"));
        assertThat((List<Map<String, Object>>) page.get("rows")).extracting(r -> r.get("code"))
                .containsExactly("ISSUE_DEPOSIT", "ISSUE_CARD_COST");
        assertThat(((Number) page.get("count")).longValue()).isEqualTo(3);
        assertThat(((Number) page.get("amountFen")).longValue()).isEqualTo(1500);
        byte[] xlsx = admin.get("/api/reports/details.xlsx?" + range + "&personId=" + person).expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
    }
}
