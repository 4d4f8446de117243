package org.onecard.reports.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.ledger.domain.TransferCode.CONSUMPTION;
import static org.onecard.ledger.domain.TransferCode.CORRECTION;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_CASH;
import static org.onecard.reports.statement.LedgerScenario.leg;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.LedgerBatches;
import org.onecard.ledger.LedgerBatches.BatchOutcome;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.reports.statement.LedgerScenario;
import org.onecard.testing.Cardholders;
import org.onecard.testing.Cardholders.Holder;
import org.onecard.testing.Checks;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Closing months in order, refusing back-dated postings, reopening for a reason; who may do which. */
@MariaDbTest
class PeriodClosingTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    Ledger ledger;
    @Autowired
    LedgerBatches batches;
    @Autowired
    StandardAccounts accounts;
    @Autowired
    BusinessClock clock;
    @Autowired
    DatabaseClient db;

    @Test
    void closedMonthsRefuseBackDatedPostingsUntilReopened() {
        String admin = Logins.operator(web, operators, Roles.ADMIN);
        String finance = Logins.operator(web, operators, Roles.FINANCE);
        String cashier = Logins.operator(web, operators, Roles.CASHIER);
        Holder a = new Cardholders(web, people, admin).withCard(0);
        LedgerScenario s = new LedgerScenario(ledger, accounts);
        long cash = s.cash(a.personId());
        YearMonth current = YearMonth.from(clock.accountingDate(clock.now()));
        YearMonth first = current.minusMonths(3), second = current.minusMonths(2);
        s.book(first.atDay(5), leg(s.drawer(), cash, 10_000, RECHARGE_CASH));
        s.book(second.atDay(5), leg(cash, s.outlet(), 2_500, CONSUMPTION));

        // refusals before anything is closed
        Checks.problem(close(admin, second), 409, ResultCode.PERIOD_PREVIOUS_OPEN.code());
        Checks.problem(close(admin, current), 409, ResultCode.PERIOD_NOT_ENDED.code());
        Checks.problem(close(admin, "2026-13"), 400, ResultCode.PERIOD_MONTH_INVALID.code());
        Checks.problem(close(admin, "202609"), 400, ResultCode.PERIOD_MONTH_INVALID.code());
        Checks.problem(reopen(admin, first, "typo"), 409, ResultCode.PERIOD_NOT_CLOSED.code());
        Checks.problem(close(cashier, first), 403, ResultCode.FORBIDDEN.code());

        // the first month with activity closes (finance may), once
        web.post().uri("/api/reports/periods/" + first + "/close").headers(h -> h.setBearerAuth(finance)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.walletsStored").isEqualTo(1)
                .jsonPath("$.month").isEqualTo(first.toString());
        Checks.problem(close(admin, first), 409, ResultCode.PERIOD_ALREADY_CLOSED.code());

        // no posting dated in it, single or in a batch; the same one dated in the open month goes in
        String key = LedgerScenario.key();
        TransferLeg correction = leg(s.outlet(), cash, 300, CORRECTION);
        assertDeclined(s.post(key, first.atDay(28), false, correction));
        BatchOutcome batch = batches.postAll(List.of(
                        LedgerScenario.request(LedgerScenario.key(), second.atDay(1), false, correction),
                        LedgerScenario.request(LedgerScenario.key(), first.atEndOfMonth(), false, correction)),
                () -> { }, booked -> Mono.empty()).block();
        assertThat(batch).isInstanceOf(BatchOutcome.NotDone.class);
        assertThat(((BatchOutcome.NotDone) batch).refused().index()).isEqualTo(1);
        assertThat(((BatchOutcome.NotDone) batch).refused().declined().reason()).isEqualTo(ResultCode.PERIOD_CLOSED);
        s.book(second.atDay(28), correction);

        // the second month opens with the stored closing and closes after the first
        Map<?, ?> statement = statement(finance, second);
        assertThat(statement.get("openingFromClosedMonth")).isEqualTo(true);
        assertThat(((Map<?, ?>) statement.get("totals")).get("openingFen")).isEqualTo(10_000);
        assertThat(((Map<?, ?>) statement.get("totals")).get("closingFen")).isEqualTo(7_800);
        close(admin, second).expectStatus().isOk();
        assertThat(statement(finance, second).get("closed")).isEqualTo(true);
        assertThat(storedClosing(second, cash)).isEqualTo(7_800L);

        // reopening: only the latest, only with a reason, only with periods:reopen
        Checks.problem(reopen(admin, first, "late invoice"), 409, ResultCode.PERIOD_LATER_CLOSED.code());
        Checks.problem(reopen(admin, second, "  "), 400, ResultCode.VALIDATION_FAILED.code());
        Checks.problem(reopen(finance, second, "late invoice"), 403, ResultCode.FORBIDDEN.code());
        reopen(admin, second, "late invoice").expectStatus().isNoContent();
        assertThat(storedClosing(second, cash)).isNull();
        List<Map<String, Object>> list = periods(finance);
        assertThat(list).extracting(p -> p.get("month")).containsExactly(second.toString(), first.toString());
        assertThat(list.get(0)).containsEntry("status", "OPEN").containsEntry("reopenReason", "late invoice");
        assertThat(list.get(1)).containsEntry("status", "CLOSED");
        assertThat(db.sql("SELECT detail FROM audit_log WHERE action = 'period.reopen' AND target = :m")
                .bind("m", second.toString()).map(row -> row.get("detail", String.class)).all().collectList().block())
                .containsExactly("reason: late invoice");
        assertThat(db.sql("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'period.close'")
                .map(row -> ((Number) row.get("n")).longValue()).one().block()).isEqualTo(2L);

        // the reopened month takes a back-dated posting again; the closed one still does not
        assertThat(s.post(LedgerScenario.key(), second.atDay(3), false, correction))
                .isInstanceOf(PostingOutcome.Posted.class);
        assertDeclined(s.post(key, first.atDay(28), false, correction));
    }

    private static void assertDeclined(PostingOutcome outcome) {
        assertThat(outcome).isInstanceOf(Declined.class);
        assertThat(((Declined) outcome).reason()).isEqualTo(ResultCode.PERIOD_CLOSED);
    }

    private Long storedClosing(YearMonth month, long account) {
        return db.sql("SELECT closing_fen FROM period_balance WHERE period_month = :m AND account_id = :a")
                .bind("m", month.toString()).bind("a", account).map(row -> row.get("closing_fen", Long.class))
                .one().block();
    }

    private WebTestClient.ResponseSpec close(String token, Object month) {
        return web.post().uri("/api/reports/periods/" + month + "/close").headers(h -> h.setBearerAuth(token))
                .exchange();
    }

    private WebTestClient.ResponseSpec reopen(String token, Object month, String reason) {
        return web.post().uri("/api/reports/periods/" + month + "/reopen").headers(h -> h.setBearerAuth(token))
                .bodyValue(Map.of("reason", reason)).exchange();
    }

    private Map<?, ?> statement(String token, YearMonth month) {
        return web.get().uri("/api/reports/monthly-statement?month=" + month).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> periods(String token) {
        return web.get().uri("/api/reports/periods").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody()
                .stream().map(m -> (Map<String, Object>) m).toList();
    }
}
