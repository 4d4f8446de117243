package org.onecard.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onecard.attacks.ContractOperations.Operation;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.testing.Checks;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * SQL and script injection in every text field of every write operation of the contract, and in
 * every text parameter of every read (search filters, path names), on the demo data (so id 1
 * names a real row): the answer is a 4xx problem+json with a code and no table changed, or the text
 * is taken as data — kept verbatim (never HTML-escaped into the store) and returned as JSON.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// the payment simulator, so the mobile page's payment endpoints are set up and reach their checks
@TestPropertySource(properties = {"onecard.demo.enabled=true", "onecard.payments.simulator.enabled=true"})
class InjectionAttackTests {

    /** Each fits the usual 32-character limits, so it is the content that is judged, not the length. */
    static final List<String> PAYLOADS = List.of(
            "x'); DROP TABLE person;-- \"\\",
            "<script>alert(1)</script>'\"",
            "' OR '1'='1' /* 😀 ${7*7} %s");

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

    private static String fit(String payload, Integer maxLength) {
        return maxLength != null && maxLength > 0 && payload.length() > maxLength ? payload.substring(0, maxLength) : payload;
    }

    @Test
    void injectionInEveryTextFieldOfEveryWriteIsRefusedOrKeptAsData() {
        List<String> tables = new TableCounts(db).tables();
        List<Operation> writes = contract.writesWithJson().stream()
                .filter(op -> !contract.textFields(op.jsonBody(), "").isEmpty()).toList();
        assertThat(writes).as("the contract's writes with text fields").hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        for (String payload : PAYLOADS) {
            for (Operation op : writes) {
                Object body = contract.sample(op.jsonBody(), "", (field, max) -> fit(payload, max));
                ContractCalls.collect(failures, () -> {
                    var result = calls.attack(op, calls.uri(op, ContractCalls::ordinary), body, "text " + payload);
                    if (result.getStatus().is2xxSuccessful()) {
                        assertKeptAsData(op, result);
                    }
                });
            }
        }
        System.out.printf("injection into writes: %d operations × %d payloads, %d refused, %d accepted as data%n",
                writes.size(), PAYLOADS.size(), calls.refused, calls.accepted);
        assertThat(failures).isEmpty();
        assertThat(new TableCounts(db).tables()).isEqualTo(tables);
        Checks.booksClean(web, admin);
    }

    @Test
    void injectionInEveryTextParameterOfEveryReadChangesNothing() {
        int attacked = 0;
        List<String> failures = new ArrayList<>();
        for (Operation op : contract.operations) {
            if (!op.method().equals("get") || op.parameters().stream().noneMatch(ContractOperations.Parameter::isText)) {
                continue;
            }
            attacked++;
            for (String payload : List.of(PAYLOADS.get(0), PAYLOADS.get(2), "../../../../etc/passwd")) {
                ContractCalls.collect(failures, () -> calls.attack(op,
                        calls.uri(op, p -> p.isText() ? payload : p.required() ? ContractCalls.ordinary(p) : null),
                        null, "parameter " + payload));
            }
        }
        System.out.printf("injection into reads: %d operations with text parameters%n", attacked);
        assertThat(attacked).isGreaterThan(15);
        assertThat(failures).isEmpty();
        Checks.booksClean(web, admin);
    }

    /** Accepted text comes back as JSON data: never HTML-escaped on its way in (the UIs escape when they show it). */
    private static void assertKeptAsData(Operation op, EntityExchangeResult<byte[]> result) {
        List<String> texts = new ArrayList<>();
        collect(ContractCalls.read(result), texts);
        for (String text : texts) {
            assertThat(text).as(op + " kept " + text).doesNotContain("&lt;", "&#", "&quot;");
        }
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }

    @Test
    void theFrontEndsNeverRenderDataAsHtml() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String app : List.of("web-admin", "mobile-h5")) {
            Path src = Path.of("..", app, "src");
            try (Stream<Path> files = Files.walk(src)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(vue|ts|tsx|js)$")).toList()) {
                    String code = Files.readString(file);
                    for (String sink : List.of("v-html", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write")) {
                        if (code.contains(sink)) {
                            offenders.add(file + ": " + sink);
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("text from the API is shown with {{ }} (escaped), never as HTML").isEmpty();
    }
}
