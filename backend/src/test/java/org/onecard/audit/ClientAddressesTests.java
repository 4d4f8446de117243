package org.onecard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTests {

    private final MockServerHttpRequest request = MockServerHttpRequest.post("/api/x")
            .remoteAddress(new InetSocketAddress("10.0.0.5", 40000))
            .header("X-Forwarded-For", "1.2.3.4, 203.0.113.7")
            .build();

    @Test
    void forwardedForIsIgnoredUnlessTheProxyIsTrusted() {
        assertThat(new ClientAddresses(new AuditProperties(false)).of(request)).isEqualTo("10.0.0.5");
    }

    @Test
    void behindATrustedProxyTheEntryItAppendedIsUsed() {
        assertThat(new ClientAddresses(new AuditProperties(true)).of(request)).isEqualTo("203.0.113.7");
    }

    @Test
    void emptyOrMissingForwardedForFallsBackToThePeer() {
        ClientAddresses trusting = new ClientAddresses(new AuditProperties(true));
        MockServerHttpRequest blank = MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress("10.0.0.6", 1))
                .header("X-Forwarded-For", " , ").build();
        MockServerHttpRequest none = MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress("10.0.0.7", 1))
                .build();

        assertThat(trusting.of(blank)).isEqualTo("10.0.0.6");
        assertThat(trusting.of(none)).isEqualTo("10.0.0.7");
    }

    @Test
    void statusDecidesTheOutcome() {
        assertThat(AuditOutcome.ofStatus(201)).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(AuditOutcome.ofStatus(403)).isEqualTo(AuditOutcome.DENIED);
        assertThat(AuditOutcome.ofStatus(401)).isEqualTo(AuditOutcome.DENIED);
        assertThat(AuditOutcome.ofStatus(422)).isEqualTo(AuditOutcome.FAILURE);
        assertThat(AuditOutcome.ofStatus(500)).isEqualTo(AuditOutcome.FAILURE);
    }
}
