package org.onecard.identity.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.Operators;
import org.onecard.identity.SecurityProperties;
import org.onecard.identity.matrix.Calls.Answer;
import org.onecard.identity.matrix.Endpoints.Endpoint;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The permission matrix (issue 8): every endpoint the server answers, called by every kind of
 * principal, against permission-matrix.csv. A refused call must get 401/403 problem+json with its
 * code and change no row; an allowed one must get past the checks (any answer but 401/403).
 * {@code -Donecard.matrix.write=true} (make permission-matrix) rewrites the file and the docs page
 * from the code instead, for a reviewer to read in the diff.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {
        "onecard.security.jwt-secret=permission-matrix-signing-key-0123456789abcdef",
        "onecard.payments.simulator.enabled=true",
        "onecard.sites.role=CENTRE",
        "onecard.sites.code=HQ",
        "onecard.sites.sites." + Calls.SITE + "=" + Calls.SITE_SECRET})
class PermissionMatrixTests {

    private static final boolean WRITE = Boolean.getBoolean("onecard.matrix.write");
    private static final int PARALLEL_CALLS = 8;
    /** Only so that a hanging handler fails the test instead of stalling it. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<Integer> SECURITY_CODES = Set.of(2001, 2002, 2003, 2010);
    /**
     * Who calls the public endpoints, which the chain lets through before looking at any token:
     * no credential, a bad one, a refused operator and a cardholder (the others add only time).
     */
    private static final Set<Principal.Kind> PUBLIC_CALLERS = Set.of(Principal.Kind.ANONYMOUS,
            Principal.Kind.FORGED_TOKEN, Principal.Kind.DISABLED_OPERATOR, Principal.Kind.CARDHOLDER);

    @Autowired
    ApplicationContext context;
    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    CardholderCredentials credentials;
    @Autowired
    DatabaseClient db;
    @Autowired
    SecurityProperties security;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    Endpoints endpoints;
    Map<String, MatrixFile.Row> matrix;
    List<Principal> principals;
    Map<String, Set<String>> roles;
    Calls calls;

    @BeforeAll
    void setUp() throws IOException {
        endpoints = Endpoints.of(context);
        if (WRITE) {
            MatrixFile.write(regenerated());
        }
        matrix = MatrixFile.read();
        Principals make = new Principals(web, operators, credentials, db, security);
        roles = make.roles();
        principals = make.all();
        // a connection of its own per call: an event stream cut short must not leave one half-read in a pool
        WebClient client = WebClient.builder().baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
        calls = new Calls(client, json);
        // springdoc builds the document on its first request; eight at once would each build it
        client.get().uri("/v3/api-docs").retrieve().toBodilessEntity().block(Duration.ofMinutes(3));
        if (WRITE) {
            Files.writeString(PermissionTable.FILE, PermissionTable.render(matrix.values(), roles), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyEndpointTheServerAnswersIsInTheMatrixAndNoOther() {
        Set<String> served = new TreeSet<>(endpoints.byKey().keySet());
        Set<String> declared = new TreeSet<>(matrix.keySet());

        assertThat(difference(served, declared)).as("endpoints with no line in " + MatrixFile.CSV).isEmpty();
        assertThat(difference(declared, served)).as("lines of " + MatrixFile.CSV + " the server does not answer")
                .isEmpty();
    }

    @Test
    void theMatrixNamesThePermissionEachHandlerAsksFor() {
        List<String> mismatches = new ArrayList<>();
        endpoints.byKey().forEach((key, endpoint) -> {
            MatrixFile.Row row = matrix.get(key);
            if (endpoint.preAuthorize() == null) {
                mismatches.add(key + ": @PreAuthorize says more than hasAuthority('...') joined by one of and/or");
            } else if (row != null && !row.access().permission().equals(endpoint.preAuthorize())) {
                mismatches.add(key + ": matrix '" + row.access().permission() + "', code '" + endpoint.preAuthorize() + "'");
            }
            if (row != null && !endpoint.preAuthorize().isEmpty() && row.access().kind() != Access.Kind.OPERATOR) {
                mismatches.add(key + ": a permission check on a " + row.access().kind() + " endpoint");
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void refusedCallsGetTheirProblemCodeAndChangeNothing() {
        Map<String, String> before = Snapshot.of(db);

        List<String> wrong = run(true);

        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(wrong).as("refused calls that did not get their refusal").isEmpty();
            soft.assertThat(Snapshot.changes(before, Snapshot.of(db))).as("tables refused calls changed").isEmpty();
        });
    }

    @Test
    void allowedCallsGetPastTheChecks() {
        assertThat(run(false)).as("allowed calls that were refused").isEmpty();
    }

    @Test
    void theDocsTableIsTheMatrix() throws IOException {
        assertThat(Files.readString(PermissionTable.FILE, StandardCharsets.UTF_8))
                .as(PermissionTable.FILE + " is out of date: make permission-matrix")
                .isEqualTo(PermissionTable.render(matrix.values(), roles));
    }

    /** Makes every call of one side (refused or allowed) and returns those that went wrong. */
    private List<String> run(boolean refused) {
        List<Map.Entry<Endpoint, Principal>> pairs = new ArrayList<>();
        for (Endpoint endpoint : endpoints.all()) {
            MatrixFile.Row row = matrix.get(endpoint.key());
            if (row == null) {
                continue;
            }
            principals.stream().filter(p -> p.expectedAt(row.access()).isPresent() == refused)
                    .filter(p -> row.access().kind() != Access.Kind.PUBLIC || PUBLIC_CALLERS.contains(p.kind()))
                    .forEach(p -> pairs.add(Map.entry(endpoint, p)));
        }
        List<String> slow = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        List<String> wrong = Flux.fromIterable(pairs)
                .flatMap(pair -> timed(pair, slow), PARALLEL_CALLS)
                .filter(Optional::isPresent).map(Optional::get)
                .collectList().block();
        assertThat(pairs).as("calls made").isNotEmpty();
        System.out.printf("permission matrix: %d %s calls in %d ms; slowest: %s%n", pairs.size(),
                refused ? "refused" : "allowed", (System.nanoTime() - started) / 1_000_000,
                slow.stream().sorted(Comparator.reverseOrder()).limit(8).toList());
        return wrong.stream().sorted().toList();
    }

    private Mono<Optional<String>> timed(Map.Entry<Endpoint, Principal> pair, List<String> slow) {
        long started = System.nanoTime();
        return calls.call(pair.getKey(), pair.getValue())
                .timeout(CALL_TIMEOUT)
                .map(answer -> verdict(pair.getKey(), pair.getValue(), answer))
                .onErrorResume(e -> Mono.just(Optional.of(pair.getKey().key() + " as " + pair.getValue().name()
                        + ": no answer (" + e + ")")))
                .doOnNext(v -> slow.add(String.format("%06d ms %s as %s", (System.nanoTime() - started) / 1_000_000,
                        pair.getKey().key(), pair.getValue().name())));
    }

    private Optional<String> verdict(Endpoint endpoint, Principal principal, Answer answer) {
        Optional<Principal.Refusal> expected = principal.expectedAt(matrix.get(endpoint.key()).access());
        String call = endpoint.key() + " as " + principal.name() + " -> " + answer.status() + " code " + answer.code();
        if (expected.isEmpty()) {
            return refusedByTheChecks(endpoint, answer) ? Optional.of(call + " " + abbreviate(answer.body()))
                    : Optional.empty();
        }
        Principal.Refusal refusal = expected.get();
        boolean problem = answer.contentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return answer.status() == refusal.status() && answer.code() == refusal.code() && problem
                ? Optional.empty()
                : Optional.of(call + ", wanted " + refusal.status() + " code " + refusal.code() + " "
                        + abbreviate(answer.body()));
    }

    /**
     * Whether an allowed call was turned away all the same. A public endpoint has no caller to
     * refuse: a 401 there is its own verdict on the request (a gateway notification's signature),
     * so only the security chain's codes count.
     */
    private boolean refusedByTheChecks(Endpoint endpoint, Answer answer) {
        if (matrix.get(endpoint.key()).access().kind() == Access.Kind.PUBLIC) {
            return SECURITY_CODES.contains(answer.code());
        }
        return answer.status() == 401 || answer.status() == 403;
    }

    private List<MatrixFile.Row> regenerated() throws IOException {
        Map<String, MatrixFile.Row> old = Files.exists(MatrixFile.CSV) ? MatrixFile.read() : Map.of();
        return endpoints.all().stream().map(e -> {
            MatrixFile.Row was = old.get(e.key());
            Access.Kind kind = was != null ? was.access().kind() : guessKind(e.path());
            String permission = e.preAuthorize() == null ? "?" : e.preAuthorize();
            return new MatrixFile.Row(e.method(), e.path(), new Access(kind, permission), was == null ? "" : was.note());
        }).toList();
    }

    /** SecurityConfig's path rules, for a new line only: the calls then check them. */
    private static Access.Kind guessKind(String path) {
        if (path.startsWith("/api/site-exchange/")) {
            return Access.Kind.SITE;
        }
        if (path.startsWith("/api/h5/auth/") || path.startsWith("/api/auth/") || path.startsWith("/api/meta/")
                || !path.startsWith("/api/")) {
            return Access.Kind.PUBLIC;
        }
        return path.startsWith("/api/h5/") ? Access.Kind.CARDHOLDER : Access.Kind.OPERATOR;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
