package org.onecard.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onecard.attacks.ContractOperations.Operation;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.face.TestImages;
import org.onecard.testing.Checks;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Malformed HTTP input to every write operation of the contract, on the demo data: bodies above the
 * limit, wrong JSON types, missing fields, unreadable JSON, negative, fractional and overflowing
 * amounts — each a 4xx problem+json with a catalogue code and no table changed — and path traversal
 * in upload file names, path parameters and static paths. Climbing out of a photo ZIP:
 * {@code people.face.web.PhotoImportApiTests}; oversized uploads: {@code imports.RechargeImportTests}.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// the payment simulator, so the mobile page's payment endpoints are set up and reach their checks
@TestPropertySource(properties = {"onecard.demo.enabled=true", "onecard.payments.simulator.enabled=true"})
class HttpInputAttackTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;
    @LocalServerPort
    int port;

    ContractOperations contract;
    ContractCalls calls;
    String admin;

    @BeforeAll
    void setUp() {
        admin = Logins.operator(web, operators, Roles.ADMIN);
        String cardholder = Logins.tokenFor(web, "/api/h5/auth/login", Map.of("employeeNo", "1001", "password", "123456"));
        contract = new ContractOperations();
        calls = new ContractCalls(web, port, admin, cardholder, new TableCounts(db));
    }

    @Test
    void aBodyAboveTheLimitIs413ProblemJson() {
        String big = "{\"name\":\"" + "x".repeat(300_000) + "\",\"orgUnitId\":1}";
        for (String uri : List.of("/api/people", "/api/ledger/adjustments", "/api/auth/login")) {
            Operation op = contract.writesWithJson().stream().filter(o -> o.path().equals(uri)).findFirst().orElseThrow();
            var result = calls.attack(op, calls.uri(op, ContractCalls::ordinary), big, "300 KB body");
            assertThat(result.getStatus().value()).as(uri).isEqualTo(413);
            assertThat(ContractCalls.read(result).path("code").asInt()).isEqualTo(1005);
        }
    }

    @Test
    void unreadableWrongTypedOrEmptyBodiesAreRefused() {
        int attacked = 0;
        List<String> failures = new ArrayList<>();
        for (Operation op : contract.writesWithJson()) {
            var uri = calls.uri(op, ContractCalls::ordinary);
            Map<String, Object> bodies = new LinkedHashMap<>();
            for (String raw : List.of("{", "[]", "null", "{\"a\":1}}")) {
                bodies.put("body " + raw, raw);
            }
            bodies.put("wrong types", wrongTypes(op.jsonBody()));
            if (op.jsonBody().get("required") instanceof List<?> required && !required.isEmpty()) {
                bodies.put("{}", Map.of());
            }
            bodies.forEach((what, body) -> ContractCalls.collect(failures,
                    () -> refused(calls.attack(op, uri, body, what).getStatus().value(), op, what)));
            attacked++;
        }
        System.out.printf("malformed bodies: %d operations, %d refused%n", attacked, calls.refused);
        assertThat(failures).isEmpty();
        Checks.booksClean(web, admin);
    }

    private static void refused(int status, Operation op, String what) {
        assertThat(status).as(op + " " + what).isBetween(400, 499);
    }

    /** Every property of the body with a value of another JSON type. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> wrongTypes(Map<String, Object> schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        ((Map<String, Object>) contract.resolve(schema).getOrDefault("properties", Map.of())).forEach((name, p) -> {
            String type = ContractOperations.type(contract.resolve((Map<String, Object>) p));
            body.put(name, switch (type == null ? "object" : type) {
                case "string" -> Map.of("not", "text");
                case "integer", "number" -> "1x";
                case "boolean" -> "yes";
                case "array" -> "x";
                default -> 7;
            });
        });
        return body;
    }

    @Test
    void negativeFractionalAndOverflowingAmountsAreRefused() {
        List<Operation> money = contract.writesWithJson().stream()
                .filter(op -> contract.sample(op.jsonBody(), "", (f, m) -> "x").toString().contains("Fen=")).toList();
        assertThat(money).as("operations with amounts in fen").hasSizeGreaterThan(10);
        List<Object> bad = List.of(-1, -100_000, 1.5, 0.01, new java.math.BigInteger("9223372036854775808"), "100", true);
        List<String> failures = new ArrayList<>();
        for (Operation op : money) {
            for (Object amount : bad) {
                Object body = contract.sample(op.jsonBody(), "", new ContractOperations.Values() {
                    @Override
                    public Object text(String field, Integer maxLength) {
                        return "金额测试";
                    }

                    @Override
                    public Object integer(String field, Map<String, Object> s) {
                        return field.endsWith("Fen") ? amount : ContractOperations.Values.super.integer(field, s);
                    }
                });
                ContractCalls.collect(failures, () -> refused(calls.attack(op, calls.uri(op, ContractCalls::ordinary), body,
                        "amount " + amount).getStatus().value(), op, "amount " + amount));
            }
        }
        assertThat(failures).isEmpty();
        System.out.printf("bad amounts: %d operations × %d amounts refused%n", money.size(), bad.size());
        Checks.booksClean(web, admin);
    }

    @Test
    void fileNamesThatClimbOutAreDataNotPaths() {
        List<String> names = List.of("../../../../tmp/onecard-attack.jpg", "..\\..\\onecard-attack.jpg",
                "/etc/passwd", "photo.jpg\u0000.exe", "%2e%2e%2fonecard-attack.jpg");
        for (String name : names) {
            MultipartBodyBuilder body = new MultipartBodyBuilder();
            body.part("file", TestImages.jpeg(100, 120)).filename(name).contentType(MediaType.IMAGE_JPEG);
            var result = web.put().uri("/api/people/1/photo").headers(h -> h.setBearerAuth(admin))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                    .exchange().expectBody(String.class).returnResult();
            assertThat(result.getStatus().value()).as(name).isLessThan(500);
            assertThat(result.getResponseBody()).as(name).doesNotContain("/tmp/", "onecard-attack");
        }
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/onecard-attack.jpg"))).isFalse();
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemJson() {
        for (String probe : List.of("/api/people/%5C..%5C1", "/api/cards/1%2F..%2F2", "/api/people;x=1/1",
                "/api/h5/payments/orders/a%5Cb")) {
            var result = web.get().uri(java.net.URI.create("http://localhost:" + port + probe))
                    .headers(h -> h.setBearerAuth(admin)).exchange().expectBody(String.class).returnResult();
            assertThat(result.getStatus().value()).as(probe).isEqualTo(400);
            assertThat(result.getResponseHeaders().getContentType()).as(probe).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponseBody()).as(probe).contains("\"code\":1000");
        }
    }

    @Test
    void traversalInPathParametersAndStaticPathsFindsNothing() {
        List<String> probes = new ArrayList<>(List.of("/api/imports/..%2F..%2Fetc%2Fpasswd",
                "/api/imports/templates/..%2F..%2Fapplication.yml", "/admin/..%2F..%2Fapplication.yml",
                "/admin/%2e%2e/%2e%2e/etc/passwd", "/h5/..%5C..%5Capplication.yml", "/admin/../../etc/passwd",
                "/static/../application.yml", "/application.yml", "/h5/%252e%252e/%252e%252e/etc/passwd"));
        for (String probe : probes) {
            var result = web.get().uri(java.net.URI.create("http://localhost:" + port + probe))
                    .headers(h -> h.setBearerAuth(admin)).exchange().expectBody(String.class).returnResult();
            String body = result.getResponseBody() == null ? "" : result.getResponseBody();
            assertThat(result.getStatus().is5xxServerError()).as(probe).isFalse();
            assertThat(body).as(probe).doesNotContain("root:x:", "r2dbc", "jwt-secret", "spring:");
        }
    }
}
