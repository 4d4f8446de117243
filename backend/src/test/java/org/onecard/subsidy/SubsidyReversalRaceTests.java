package org.onecard.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.persistence.SubsidyStore;
import org.onecard.testing.Checks;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * F3: SubsidyReversal, DISTRIBUTED branch. When the subsidy is claimed between the read and the
 * conditional close, the refusal (409 5019) is sent only after the transaction that remembered
 * the Idempotency-Key committed; a retry with the same key is then answered 200 without
 * reversing anything.
 */
@MariaDbTest
@SuppressWarnings("unchecked")
class SubsidyReversalRaceTests {

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    @MockitoSpyBean
    SubsidyStore store;
    @Autowired
    SubsidyClaims claims;
    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;

    @Test
    void aReversalRefusedByARaceRemembersItsKeyAndTheRetryAnswersOkWithoutReversing() {
        String admin = Logins.operator(web, operators, "ADMIN");
        long unit = people.insertOrgUnit("0" + NEXT.incrementAndGet() % 90, "冲销部" + NEXT.get(), null).block();
        long personId = people.insertPerson("RV" + NEXT.incrementAndGet(), "冲销人", unit).block();
        long card = id(post(admin, "/api/cards", "rv-issue-" + NEXT.incrementAndGet(), new HashMap<>(Map.of(
                "personId", personId, "serial", "RVS" + NEXT.incrementAndGet(), "depositFen", 0, "cardCostFen", 0,
                "firstRechargeFen", 0))).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody());
        web.post().uri("/api/cards/" + card + "/freeze").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk();
        long subsidy = id(post(admin, "/api/subsidies", "rv-reg-" + NEXT.incrementAndGet(), Map.of("items",
                List.of(Map.of("personId", personId, "amountFen", 1_000)), "distribute", true))
                .expectStatus().isCreated().expectBodyList(Map.class).returnResult().getResponseBody().get(0));
        assertThat(status(subsidy)).isEqualTo("DISTRIBUTED");

        // the card is unfrozen and the subsidy claimed right after the reversal read it
        AtomicLong armed = new AtomicLong(subsidy);
        doAnswer(inv -> {
            Mono<SubsidyRecord> real = (Mono<SubsidyRecord>) inv.callRealMethod();
            long id = inv.getArgument(0);
            return real.flatMap(rec -> armed.compareAndSet(id, 0)
                    ? db.sql("UPDATE card SET status = 'NORMAL' WHERE id = :id").bind("id", card).then()
                            .then(claims.claimPending(personId)).thenReturn(rec)
                    : Mono.just(rec));
        }).when(store).find(anyLong());

        post(admin, "/api/subsidies/" + subsidy + "/reverse", "rv-key", Map.of())
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("REVERSED");
        post(admin, "/api/subsidies/" + subsidy + "/reverse", "rv-key", Map.of())       // the retry
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("REVERSED");
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_posting WHERE idem_key LIKE 'subsidy-reverse:%rv-key'"))
                .as("claimed first, so the reversal took the money back, once").isEqualTo(1);
        Checks.booksClean(web, admin);
    }

    private String status(long subsidy) {
        return db.sql("SELECT status FROM subsidy WHERE id = :id").bind("id", subsidy)
                .map(r -> r.get("status", String.class)).one().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    private WebTestClient.ResponseSpec post(String token, String uri, String key, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(token);
            h.set("Idempotency-Key", key);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }
}
