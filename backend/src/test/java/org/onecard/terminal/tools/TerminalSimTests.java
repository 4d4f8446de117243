package org.onecard.terminal.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The simulator's entry point against the full server on MariaDB: what a person integrating a terminal runs. */
@MariaDbTest
class TerminalSimTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    TerminalServer server;
    @Autowired
    MealPeriods meals;
    @Autowired
    BusinessClock clock;

    @TempDir
    Path dir;

    TerminalFixture t;
    String serial;

    @BeforeEach
    void setUp() {
        t = new TerminalFixture(web, ApiCalls.as(web, operators, Roles.ADMIN), people, db, meals, clock);
        serial = db.sql("SELECT serial FROM terminal WHERE code = :code").bind("code", t.code)
                .map(r -> r.get("serial", String.class)).one().block();
    }

    @Test
    void signOnThenPurchaseIsApprovedAndShowsTheBalance() throws IOException {
        Card card = t.card(10_000);

        Run run = sim("purchase", card.serial(), "1250", "--serial", serial);

        assertThat(run.code).as(run.all()).isEqualTo(0);
        assertThat(run.out).contains("> sign-on  trace 000001", "< 0810  00 approved", "> purchase  trace 000002",
                "< 0210  00 approved", "MAC ok", "(12.50 yuan)", "(cash 87.50, subsidy 0.00)");
        assertThat(run.out).containsPattern("frame [0-9A-F]{4}0200");
        assertThat(t.cashFen(card)).isEqualTo(8_750);
        assertThat(Files.readString(state())).contains(t.code + "=2");
        Checks.booksClean(web, t.admin.token());
    }

    @Test
    void theNextRunTakesTheNextTraceAndARetryWithTraceBooksOnce() {
        Card card = t.card(5_000);
        assertThat(sim("purchase", card.serial(), "100").code).isEqualTo(0);

        Run retry = sim("purchase", card.serial(), "300", "--trace", "40", "--repeat", "3");
        Run next = sim("balance", card.serial());

        assertThat(retry.code).as(retry.all()).isEqualTo(0);
        assertThat(retry.out).contains("3 exchanges; field 39: {00=3}");
        assertThat(next.out).contains("> balance  trace 000041", "(cash 46.00, subsidy 0.00)");
        assertThat(t.cashFen(card)).isEqualTo(4_600);
        assertThat(t.consumptions(card)).hasSize(2);
    }

    @Test
    void reverseGivesTheLastPurchaseBackOnceHoweverOftenItIsSent() {
        Card card = t.card(5_000);
        assertThat(sim("purchase", card.serial(), "700").code).isEqualTo(0);
        assertThat(sim("purchase", card.serial(), "200").code).isEqualTo(0);

        Run last = sim("reverse", "--repeat", "2");
        Run first = sim("reverse", "1");

        assertThat(last.code).as(last.all()).isEqualTo(0);
        assertThat(last.out).contains("> reverse  trace 000003", "< 0410  00 approved", "2 exchanges; field 39: {00=2}");
        assertThat(first.code).as(first.all()).isEqualTo(0);
        assertThat(t.cashFen(card)).isEqualTo(5_000);
        assertThat(t.consumptions(card)).containsExactly("ONLINE 700 0", "ONLINE 200 0");
        Checks.booksClean(web, t.admin.token());
    }

    @Test
    void offlineRecordsAreTakenOnceAndSettle() {
        Card card = t.card(5_000);

        Run advice = sim("offline", card.serial(), "300", "--batch", "7");
        Run upload = sim("upload", card.serial() + ":200", card.serial() + ":100", "--batch", "7");
        Run settled = sim("settle", "3", "600", "--batch", "7");
        Run wrongTotals = sim("settle", "3", "700", "--batch", "7");

        assertThat(advice.code).as(advice.all()).isEqualTo(0);
        assertThat(advice.out).contains("< 0230  00 approved");
        assertThat(upload.code).as(upload.all()).isEqualTo(0);
        assertThat(upload.out).contains("< 0330  00 approved", "> upload  trace 000002", "(trace 000003 00 approved, trace 000004 00 approved)");
        assertThat(settled.code).as(settled.all()).isEqualTo(0);
        assertThat(wrongTotals.code).isEqualTo(1);
        assertThat(wrongTotals.out).contains("< 0510  95 reconcile error");
        assertThat(t.cashFen(card)).isEqualTo(4_400);
        Checks.booksClean(web, t.admin.token());
    }

    @Test
    void aSubsidyClaimWithNothingDistributedAnswersZero() {
        Card card = t.card(5_000);

        Run run = sim("claim", card.serial());

        assertThat(run.code).as(run.all()).isEqualTo(0);
        assertThat(run.out).contains("170000", "< 0210  00 approved", "(0.00 yuan)", "(cash 50.00, subsidy 0.00)");
    }

    @Test
    void aCredentialThatIsNotDigitsGoesInField61AndFieldSetsAnyField() {
        Card card = t.card(5_000);
        long person = db.sql("SELECT person_id FROM card WHERE id = :id").bind("id", card.id())
                .map(r -> r.get("person_id", Long.class)).one().block();

        Run byPerson = sim("purchase", "P:" + person, "200");
        Run entry = sim("purchase", card.serial(), "100", "--field", "48=KY0017");

        assertThat(byPerson.code).as(byPerson.all()).isEqualTo(0);
        assertThat(byPerson.out).containsPattern("61  Credential \\(not digits\\) +P:" + person);
        assertThat(entry.code).isEqualTo(1);
        assertThat(entry.out).containsPattern("48  Work-mode entry / offline records +KY0017").contains("< 0210  12");
        assertThat(t.cashFen(card)).isEqualTo(4_800);
    }

    @Test
    void aListDownloadAnswersItsHeader() {
        Run whole = sim("list", "BLACKLIST");
        Run unknown = sim("list", "GREYLIST");

        assertThat(whole.code).as(whole.all()).isEqualTo(0);
        assertThat(whole.out).contains("> list  trace 000001", "101  ", "BLACKLIST", "< 0310  00 approved");
        assertThat(unknown.out).contains("< 0310  12 invalid transaction");
    }

    @Test
    void anOperatorSellsAndTheSupervisorVoidsAndAnAdminCardCorrects() {
        Card card = t.card(10_000);
        long terminalId = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", t.code)
                .map(r -> r.get("id", Long.class)).one().block();
        String operators = "/api/terminals/" + terminalId + "/operators";
        t.admin.created(operators, Map.of("operatorNo", "01", "name", "收银员", "password", "1234"));
        t.admin.created(operators, Map.of("operatorNo", "00", "name", "主管", "password", "123456"));
        Card admin = t.card(100);
        t.admin.put("/api/cards/" + admin.id() + "/kind", Map.of("kind", "ADMIN")).expectStatus().isOk();

        Run sale = sim("purchase", card.serial(), "500", "--operator", "01:1234");
        String reference = String.format("%012d", db.sql("SELECT MAX(posting_id) AS p FROM consumption"
                + " WHERE card_id = :c").bind("c", card.id()).map(r -> r.get("p", Long.class)).one().block());
        Run voided = sim("void", card.serial(), "500", reference, "123456");
        Run nobodySignedOn = sim("purchase", card.serial(), "300");
        sim("purchase", card.serial(), "300", "--operator", "01:1234");
        Run corrected = sim("correct", card.serial(), admin.serial());
        Run wrongOperator = sim("operator-sign-on", "01", "9999");

        assertThat(sale.code).as(sale.all()).isEqualTo(0);
        assertThat(sale.out).contains("> operator-sign-on", "< 0810  00 approved", "< 0210  00 approved");
        assertThat(voided.code).as(voided.all()).isEqualTo(0);
        assertThat(nobodySignedOn.out).as("a terminal with a cashier sells only with one signed on").contains("58");
        assertThat(corrected.code).as(corrected.all()).isEqualTo(0);
        assertThat(wrongOperator.code).isEqualTo(1);
        assertThat(wrongOperator.out).contains("55");
        assertThat(t.cashFen(card)).isEqualTo(10_000);
        assertThat(t.consumptions(card)).containsExactly("ONLINE 500 0", "ONLINE 300 0");
        Checks.booksClean(web, t.admin.token());
    }

    @Test
    void aWrongKeyGetsSecurityViolationAndMovesNothing() {
        Card card = t.card(5_000);

        Run run = sim("purchase", card.serial(), "100", "--key", "00".repeat(32));

        assertThat(run.code).as(run.all()).isEqualTo(1);
        assertThat(run.out).contains("< 0210  63 security violation");
        assertThat(t.cashFen(card)).isEqualTo(5_000);
        assertThat(t.consumptions(card)).isEmpty();
    }

    @Test
    void aRefusalExitsWithOneAndAClosedConnectionIsReported() {
        Card card = t.card(500);

        Run poor = sim("purchase", card.serial(), "501");
        Run garbage = sim("raw", "0800FFFF");

        assertThat(poor.code).isEqualTo(1);
        assertThat(poor.out).contains("< 0210  51 insufficient funds");
        assertThat(garbage.code).isEqualTo(1);
        assertThat(garbage.out).contains("the server closed the connection without a reply");
        assertThat(t.cashFen(card)).isEqualTo(500);
    }

    @Test
    void badArgumentsAreUsageErrorsAndSendNothing() {
        String port = Integer.toString(server.port());
        String many = IntStream.range(0, 24).mapToObj(i -> "6201:1").collect(Collectors.joining(" "));
        List<String[]> bad = List.of(
                new String[] {"purchase", "6201", "100", "--port", port, "--outlet", "1"},          // no --terminal
                args("refund", "6201", "100"),
                args("purchase", "6201", "12.5"),
                args("purchase", "6201", "100", "--outlet", "x"),
                args("purchase", "1".repeat(20), "100"),
                args("purchase", "x".repeat(65), "100"),
                args("purchase", "6201"),
                args("echo", "--repeat", "0"),
                args("echo", "--trace", "1000000"),
                args("echo", "--key", "xyz"),
                args("echo", "--tpdu", "7000010000"),
                args("echo", "--colour", "red"),
                args("sign-on"),                                                                    // no --serial
                args("reverse"),                                                                    // nothing sent yet
                args("upload", "6201"),
                args(many.split(" ")),                                                              // no command
                args(Stream.concat(Stream.of("upload"), Stream.of(many.split(" "))).toArray(String[]::new)),
                args("settle", "-1", "100", "--batch", "1"),
                args("raw", "08z0"),
                args("raw", "00".repeat(4097)),
                args("echo", "--field", "64=00"),
                args("echo", "--field", "52=XYZ"),
                args("echo", "--field", "abc"),
                args("list", "BLACKLIST", "1", "1000"),
                args("operator-sign-on", "1", "1234"),
                args("operator-sign-on", "01", "12"),
                args("void", "6201", "100", "12345", "123456"),
                args("void", "6201", "100", "000000000001", "12x"),
                args("correct", "6201"),
                args("echo", "--operator", "01"),
                new String[0]);
        for (String[] line : bad) {
            Run run = run(line);
            assertThat(run.code).as(String.join(" ", line) + "\n" + run.all()).isEqualTo(2);
            assertThat(run.err).startsWith("terminal-sim: ").contains("usage: terminal-sim");
            assertThat(run.out).isEmpty();
        }
        assertThat(state()).doesNotExist();
    }

    @Test
    void aServerThatIsNotThereIsExitCodeThree() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Run run = run("echo", "--terminal", "1", "--port", Integer.toString(closedPort));

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains("Connection refused");
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run sim(String... line) {
        return run(args(line));
    }

    /** The command line with this test's terminal, port, key, outlet and state file (a later option wins). */
    private String[] args(String... line) {
        return Stream.concat(Stream.of("--terminal", t.code, "--port", Integer.toString(server.port()), "--key",
                HexFormat.of().formatHex(t.key), "--outlet", Long.toString(t.outlet), "--state",
                state().toString()), Stream.of(line)).toArray(String[]::new);
    }

    private Run run(String... line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TerminalSim.run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path state() {
        return dir.resolve("sim-state.properties");
    }
}
