package org.onecard.testing;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Assertions many API tests share. */
public final class Checks {

    private Checks() {
    }

    /** The answer is problem+json with this HTTP status and catalogue code. */
    public static void problem(WebTestClient.ResponseSpec response, int status, int code) {
        response.expectStatus().isEqualTo(status).expectBody().jsonPath("$.code").isEqualTo(code);
    }

    /** The ledger's verify finds nothing wrong. */
    public static void booksClean(WebTestClient web, String token) {
        web.get().uri("/api/ledger/verify").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.clean").isEqualTo(true);
    }
}
