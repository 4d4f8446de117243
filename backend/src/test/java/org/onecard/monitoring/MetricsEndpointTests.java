package org.onecard.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.reset;

import io.r2dbc.spi.ConnectionFactory;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.MariaDbTest;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import reactor.core.publisher.Mono;

/**
 * /actuator/prometheus on the full server: a purchase and a decline move the terminal counters by
 * exactly one each, the gauges show the terminal online, the pool and the latest ledger verify; the
 * endpoint refuses scrapers without the password; readiness goes down while the database cannot be reached.
 */
@MariaDbTest
@AutoConfigureObservability(tracing = false) // Spring's tests leave metrics export off unless asked
@TestPropertySource(properties = "onecard.monitoring.scrape-password=" + MetricsEndpointTests.PASSWORD)
class MetricsEndpointTests extends OneTerminalTest {

    static final String PASSWORD = "scrape-secret-for-tests";

    @MockitoSpyBean
    ConnectionFactory connections;

    @Test
    void aPurchaseAndADeclineMoveTheirCountersByExactlyOne() throws Exception {
        Card card = fx.card(1_000);
        terminal.exchange(fx.purchase(card.serial(), 1, "000001")); // binds the connection, warms the meters up
        String before = scrape();

        IsoMessage approved = terminal.exchange(fx.purchase(card.serial(), 300, "000002"));
        IsoMessage declined = terminal.exchange(fx.purchase(card.serial(), 5_000, "000003"));
        String after = scrape();

        assertThat(approved.text(39)).isEqualTo("00");
        assertThat(declined.text(39)).isNotEqualTo("00");
        String reason = declined.text(44);
        Map<String, String> approval = Map.of("mti", "0200", "response", "00", "result", "0");
        Map<String, String> decline = Map.of("mti", "0200", "response", declined.text(39), "result", reason);
        assertThat(value(after, "onecard_terminal_decisions_total", approval)
                - value(before, "onecard_terminal_decisions_total", approval)).isEqualTo(1.0);
        assertThat(value(after, "onecard_terminal_decisions_total", decline)
                - value(before, "onecard_terminal_decisions_total", decline)).isEqualTo(1.0);
        assertThat(value(after, "onecard_terminal_messages_seconds_count", Map.of("mti", "0200", "response", "00"))
                - value(before, "onecard_terminal_messages_seconds_count", Map.of("mti", "0200", "response", "00")))
                .isEqualTo(1.0);
        assertThat(value(after, "onecard_terminal_online", Map.of())).isGreaterThanOrEqualTo(1.0);
        assertThat(value(after, "onecard_terminal_connections", Map.of())).isGreaterThanOrEqualTo(1.0);
        assertThat(value(after, "r2dbc_pool_max_allocated_connections", Map.of())).isPositive();
    }

    @Test
    void theLatestLedgerVerifyIsAGauge() {
        assertThat(fx.admin.get("/api/ledger/verify").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody()).containsEntry("clean", true);
        scrape(); // the verify request is counted when its exchange completes, which may be just after its reply arrived
        String metrics = scrape();
        assertThat(value(metrics, "onecard_ledger_verify_clean", Map.of())).isEqualTo(1.0);
        assertThat(value(metrics, "onecard_ledger_verify_discrepancies", Map.of())).isEqualTo(0.0);
        // its status label may be UNKNOWN: WebFlux's observation ends as cancelled when the test client hangs up
        // at once after the last byte (seen with this endpoint and sign-in), so only the route is checked here
        assertThat(value(metrics, "http_server_requests_seconds_count", Map.of("uri", "/api/ledger/verify")))
                .isGreaterThanOrEqualTo(1.0);
        assertThat(value(metrics, "onecard_ledger_verify_time_seconds", Map.of()))
                .isCloseTo(clock.now().getEpochSecond(), org.assertj.core.data.Offset.offset(5.0));
    }

    @Test
    void theEndpointRefusesScrapersWithoutThePassword() {
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        web.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("prometheus", "wrong")).exchange()
                .expectStatus().isUnauthorized();
        web.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("admin", PASSWORD)).exchange()
                .expectStatus().isUnauthorized();
        web.get().uri("/actuator/env").headers(h -> h.setBasicAuth("prometheus", PASSWORD)).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void readinessIsDownWhileTheDatabaseCannotBeReached() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        doReturn(Mono.error(new io.r2dbc.spi.R2dbcNonTransientResourceException("connection refused")))
                .when(connections).create();
        try {
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
            web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        } finally {
            reset(connections);
        }
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private String scrape() {
        return web.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("prometheus", PASSWORD)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** The sample of {@code name} whose labels include {@code labels}; 0 when there is none yet. */
    static double value(String scrape, String name, Map<String, String> labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(scrape);
        while (m.find()) {
            String found = m.group(1) == null ? "" : m.group(1);
            if (labels.entrySet().stream().allMatch(e -> found.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
