package org.onecard.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.sites.domain.Exchange.DownRequest;
import org.onecard.sites.domain.Exchange.UpBatch;
import org.onecard.sites.domain.Exchange.UpRecord;
import org.onecard.sites.domain.Exchange.WalletLine;
import org.onecard.sites.persistence.LinkStore;
import org.onecard.testing.Cardholders;
import org.onecard.testing.Cardholders.Holder;
import org.onecard.testing.Logins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * V39/V40 and the sites SQL (link row lock, paging, numbering, mirror, feed) on the embedded H2
 * database: a site whose centre cannot be reached keeps serving, numbers its records and shows the
 * link down; the centre's side takes a batch and feeds it down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.r2dbc.url=r2dbc:h2:mem:///sites;DB_CLOSE_DELAY=-1",
        "spring.flyway.url=jdbc:h2:mem:sites;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration/h2",
        "onecard.sites.role=SITE", "onecard.sites.code=H2", "onecard.sites.every=200ms",
        "onecard.sites.max-backoff=400ms", "onecard.sites.timeout=1s",
        "onecard.sites.secret=h2-site-secret-h2-site-secret-h2-site",
        "onecard.sites.centre-url=http://127.0.0.1:1"})
@AutoConfigureWebTestClient
class SitesOnH2Tests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    CentreExchange centre;
    @Autowired
    LinkStore links;

    @Test
    @SuppressWarnings("unchecked")
    void aSiteWithoutItsCentreKeepsServingAndNumbersItsRecords() throws InterruptedException {
        Cardholders holders = new Cardholders(web, people, Logins.operator(web, operators, "ADMIN"));
        Holder holder = holders.withCard(1_000);
        holders.admin("POST", "/api/cards/" + holder.cardId() + "/recharge", "h2-r1", Map.of("amountFen", 500))
                .expectStatus().isCreated();

        Map<String, Object> link = Map.of();
        for (Instant until = Instant.now().plusSeconds(20); Instant.now().isBefore(until); Thread.sleep(200)) {
            Map<String, Object> status = holders.admin("GET", "/api/sites/status", null, null).expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            link = ((List<Map<String, Object>>) status.get("links")).get(0);
            if (link.get("lastError") != null && ((Number) link.get("upSeq")).intValue() >= 2) {
                break;
            }
        }
        assertThat(link).containsEntry("code", "H2").containsEntry("upAcked", 0).containsEntry("pendingUp", 2);
        assertThat(((Number) link.get("upSeq")).intValue()).isEqualTo(2);
        assertThat(link.get("lastError")).isNotNull();
        Map<String, Object> balances = holders.admin("GET", "/api/sites/balances", null, null).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) balances.get("own")).anySatisfy(b -> assertThat(b)
                .containsEntry("cardNo", holder.cardNo()).containsEntry("wallet", "CASH_WALLET").containsEntry("balanceFen", 1500));
    }

    @Test
    void theCentresSideTakesABatchOnceAndFeedsItDown() {
        links.ensure("X").then(links.ensure("Y")).block(Duration.ofSeconds(10));
        UpRecord record = new UpRecord(1, "x-1", "RECHARGE_CASH", Instant.parse("2026-11-20T08:00:00Z"),
                List.of(new WalletLine("0001", "CASH_WALLET", 300, 300)));
        assertThat(centre.up("X", new UpBatch(List.of(record))).block().applied()).isEqualTo(1);
        assertThat(centre.up("X", new UpBatch(List.of(record))).block().alreadyHad()).isEqualTo(1);
        var toY = centre.down("Y", new DownRequest(0, 10)).block();
        assertThat(toY.entries()).singleElement().satisfies(e -> assertThat(e.balanceFen()).isEqualTo(300));
        assertThat(centre.down("X", new DownRequest(0, 10)).block().entries()).isEmpty();
    }
}
