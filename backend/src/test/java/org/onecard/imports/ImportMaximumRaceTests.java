package org.onecard.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** A counter recharge that lands between an import's check and its booking cannot carry the card past the maximum. */
@MariaDbTest
@SuppressWarnings("unchecked")
class ImportMaximumRaceTests {

    @MockitoSpyBean
    MoneyLookup lookup;
    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;

    @Test
    void theImportFailsWholeWhenTheBalanceMovedPastTheMaximumMeanwhile() {
        Fixtures fx = new Fixtures(web, operators, people, db);
        ImportClient imports = new ImportClient(web, db);
        fx.setParameter("maxCardBalanceFen", 100_000);
        long unit = fx.department("0" + Fixtures.next() % 90, "竞争部" + Fixtures.next());
        String no = String.valueOf(7_200_000 + Fixtures.next());
        long person = fx.person(no, "竞争", unit);
        long card = ((Number) fx.card(person, 0).get("id")).longValue();
        AtomicBoolean armed = new AtomicBoolean(true);
        doAnswer(inv -> ((Mono<Object>) inv.callRealMethod()).flatMap(loaded -> armed.getAndSet(false)
                ? counterRecharge(fx, card, 60_000).thenReturn(loaded) : Mono.just(loaded)))
                .when(lookup).load(any(), anyString(), any());

        Map<String, Object> job = imports.run(fx.admin, "recharges", "race-1", Sheets.money(Sheets.cash(no, 500, 0, 1)));

        assertThat(job).containsEntry("state", "FAILED");
        assertThat((Map<String, Object>) job.get("failure")).containsEntry("code", 5050).containsEntry("rowNumber", 2);
        assertThat(imports.balance(person, "CASH_WALLET")).as("only the counter recharge").isEqualTo(60_000);
        imports.assertBooksClean(fx.admin);
    }

    private Mono<Void> counterRecharge(Fixtures fx, long card, long amountFen) {
        return Mono.fromRunnable(() -> web.post().uri("/api/cards/" + card + "/recharge").headers(h -> {
            h.setBearerAuth(fx.admin);
            h.set("Idempotency-Key", "race-counter");
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amountFen", amountFen)).exchange()
                .expectStatus().isCreated()).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()).then();
    }
}
