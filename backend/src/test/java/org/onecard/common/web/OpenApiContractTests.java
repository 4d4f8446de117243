package org.onecard.common.web;

import static org.assertj.core.api.Assertions.assertThat;

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
        String served = web.get().uri("/v3/api-docs.yaml").exchange()
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
