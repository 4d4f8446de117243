package org.onecard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Uploads workbooks and follows import jobs over HTTP, as the admin SPA does. */
@SuppressWarnings("unchecked")
final class ImportClient {

    private static final int MAX_POLLS = 600;

    private final WebTestClient web;
    private final DatabaseClient db;

    ImportClient(WebTestClient web, DatabaseClient db) {
        // a finished 10,000-row job answers with every row's report: far more than the 256KB default
        this.web = web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build();
        this.db = db;
    }

    WebTestClient.ResponseSpec upload(String token, String kind, String key, byte[] file, String query) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return kind + ".xlsx";
            }
        }).contentType(MediaType.APPLICATION_OCTET_STREAM);
        return web.post().uri("/api/imports/" + kind + (query == null ? "" : "?" + query))
                .headers(h -> {
                    h.setBearerAuth(token);
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    /** Uploads and waits for the job to finish; returns the finished job. */
    Map<String, Object> run(String token, String kind, String key, byte[] file) {
        return run(token, kind, key, file, null);
    }

    Map<String, Object> run(String token, String kind, String key, byte[] file, String query) {
        Map<String, Object> started = upload(token, kind, key, file, query).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        return await(token, (String) started.get("id"));
    }

    Map<String, Object> await(String token, String jobId) {
        for (int i = 0; i < MAX_POLLS; i++) {
            Map<String, Object> job = web.get().uri("/api/imports/" + jobId).headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            if ("DONE".equals(job.get("state")) || "FAILED".equals(job.get("state"))) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + jobId + " did not finish");
    }

    /** Each report row as "row STATUS code,code". */
    static List<String> rows(Map<String, Object> job) {
        Map<String, Object> report = (Map<String, Object>) job.get("report");
        return ((List<Map<String, Object>>) report.get("rows")).stream()
                .map(r -> r.get("rowNumber") + " " + r.get("status") + codes(r)).toList();
    }

    static Map<String, Object> totals(Map<String, Object> job) {
        return (Map<String, Object>) ((Map<String, Object>) job.get("report")).get("totals");
    }

    static String outcome(Map<String, Object> job) {
        return (String) ((Map<String, Object>) job.get("report")).get("outcome");
    }

    private static String codes(Map<String, Object> row) {
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) row.get("reasons");
        return reasons.isEmpty() ? "" : " " + String.join(",", reasons.stream().map(r -> (String) r.get("code")).toList());
    }

    long balance(long personId, String kind) {
        return db.sql("SELECT COALESCE(SUM(balance), 0) AS n FROM ledger_account WHERE owner_type = 'PERSON'"
                        + " AND owner_id = :id AND kind = :kind").bind("id", personId).bind("kind", kind)
                .map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    Map<Long, Long> cashBalances(List<Long> people) {
        Map<Long, Long> out = new HashMap<>();
        people.forEach(id -> out.put(id, balance(id, "CASH_WALLET")));
        return out;
    }

    void assertBooksClean(String token) {
        web.get().uri("/api/ledger/verify").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.clean").isEqualTo(true);
    }

    static void problem(WebTestClient.ResponseSpec response, int status, int code) {
        response.expectStatus().isEqualTo(status).expectBody().jsonPath("$.code").isEqualTo(code);
    }

    static void assertXlsx(byte[] bytes) {
        assertThat(bytes).isNotNull();
        assertThat(new String(bytes, 0, 2)).as("an .xlsx is a ZIP archive").isEqualTo("PK");
    }
}
