package org.onecard.terminal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.iso8583.Macs;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** A terminal's offline file (USB stick) imported over HTTP, deduplicated with uploads, and the records list. */
@MariaDbTest
class OfflineFileTests {

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

    TerminalFixture fx;

    @BeforeEach
    void setUp() {
        fx = new TerminalFixture(web, ApiCalls.as(web, operators, Roles.ADMIN), people, db, meals, clock);
    }

    @Test
    void aSignedFileIsTakenOnceAlongsideWhatTheTerminalUploaded() throws Exception {
        Card card = fx.card(5_000);
        String uploaded = line("000041", card.serial(), 100);
        try (PurchaseTerminal terminal = new PurchaseTerminal(server.port(), fx.key)) {
            // the same record (same time) as the file's first line
            String when = uploaded.split(",")[1];
            assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000041").toBuilder().mti("0220")
                    .set(12, when.substring(8)).set(13, when.substring(4, 8)).set(60, "000003").build())
                    .text(39)).isEqualTo("00");
        }
        String file = file(fx.code, "000003", List.of(uploaded,
                line("000042", card.serial(), 250), line("000043", "6299000000000009", 80)), fx.key);

        Map<String, Object> first = upload(file, fx.admin.token()).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> again = upload(file, fx.admin.token()).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(first).containsEntry("records", 3).containsEntry("booked", 2).containsEntry("rejected", 1);
        List<Object> codes = ((List<?>) first.get("lines")).stream().map(l -> ((Map<?, ?>) l).get("responseCode"))
                .map(Object.class::cast).toList();
        assertThat(codes).containsExactly("00", "00", "14");
        assertThat(again.get("lines")).isEqualTo(first.get("lines"));
        assertThat(fx.cashFen(card)).isEqualTo(5_000 - 100 - 250);
        assertThat(fx.consumptions(card)).hasSize(2);
        assertThat(page("status=REJECTED&terminalCode=" + fx.code).stream().map(r -> r.get("trace")).toList())
                .containsExactly("000043");
        assertThat(page("terminalCode=" + fx.code).stream().map(r -> r.get("source")).toList())
                .containsExactlyInAnyOrder("ADVICE", "FILE", "FILE");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aFileThatIsChangedUnsignedOrUnreadableIsRefusedWhole() {
        Card card = fx.card(5_000);
        List<String> lines = List.of(line("000051", card.serial(), 100));
        String signed = file(fx.code, "000004", lines, fx.key);

        Checks.problem(upload(signed.replace(",100\n", ",900\n"), fx.admin.token()), 422, 5102);
        Checks.problem(upload(file(fx.code, "000004", lines, new byte[32]), fx.admin.token()), 422, 5102);
        Checks.problem(upload(file("00000999", "000004", lines, fx.key), fx.admin.token()), 422, 5103);
        Checks.problem(upload(file(fx.code, "000004", List.of("000052,20261301120000," + card.serial() + ",100"),
                fx.key), fx.admin.token()), 422, 5101);
        Checks.problem(upload(file(fx.code, "000004", List.of("000053," + now() + "," + card.serial() + ",0"),
                fx.key), fx.admin.token()), 422, 5101);
        Checks.problem(upload(file(fx.code, "4", lines, fx.key), fx.admin.token()), 422, 5101);
        Checks.problem(upload(file(fx.code, "000004", List.of(), fx.key), fx.admin.token()), 422, 5101);
        Checks.problem(upload("hello", fx.admin.token()), 422, 5101);
        String finance = ApiCalls.as(web, operators, Roles.FINANCE).token();
        upload(signed, finance).expectStatus().isForbidden();

        assertThat(fx.cashFen(card)).isEqualTo(5_000);
        assertThat(page("terminalCode=" + fx.code)).isEmpty();
    }

    @Test
    void theListRefusesBadFilters() {
        Checks.problem(web.get().uri("/api/offline-records?status=LOST").headers(h -> h.setBearerAuth(fx.admin.token()))
                .exchange(), 400, 1001);
        Checks.problem(web.get().uri("/api/offline-records?page=-1").headers(h -> h.setBearerAuth(fx.admin.token()))
                .exchange(), 400, 1001);
    }

    private String now() {
        return DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(ZonedDateTime.ofInstant(clock.now(), clock.zone()));
    }

    private String line(String trace, String credential, long amountFen) {
        return trace + "," + now() + "," + credential + "," + amountFen;
    }

    private static String file(String terminal, String batch, List<String> lines, byte[] key) {
        String body = OfflineFile.HEADER + "\nterminal " + terminal + "\nbatch " + batch + "\n"
                + (lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
        byte[] mac = Macs.compute(key, body.getBytes(StandardCharsets.UTF_8));
        return body + "MAC " + HexFormat.of().formatHex(mac) + "\n";
    }

    private WebTestClient.ResponseSpec upload(String file, String token) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8))).filename("offline.txt")
                .contentType(MediaType.TEXT_PLAIN);
        return web.post().uri("/api/offline-records/file").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> page(String query) {
        Map<String, Object> body = web.get().uri("/api/offline-records?" + query)
                .headers(h -> h.setBearerAuth(fx.admin.token())).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) body.get("items");
    }
}
