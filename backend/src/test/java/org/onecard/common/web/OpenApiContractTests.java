package org.onecard.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onecard.testing.Contract;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
class OpenApiContractTests {

    @Autowired
    WebTestClient web;

    @Test
    void servedSpecIsTheCommittedContract() {
        // the contract outgrew WebTestClient's default 256 KB buffer; building it scans every controller,
        // which took over 30 s once on a machine loaded by other builds
        String served = web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(2 * 1024 * 1024))
                .responseTimeout(Duration.ofMinutes(3)).build()
                .get().uri("/v3/api-docs.yaml").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        if (Contract.writing()) {
            Contract.write("openapi.yaml", served);
        }
        assertThat(served).as("openapi/openapi.yaml differs from the served spec: run `make openapi`")
                .isEqualTo(Contract.read("openapi.yaml"));
    }

    @Test
    void swaggerUiIsServed() {
        web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
