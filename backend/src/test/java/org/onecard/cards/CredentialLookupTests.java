package org.onecard.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.face.TestImages;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The counter's lookup takes a card serial, card number, face id, P:person id or E:employee number. */
@MariaDbTest
@SuppressWarnings("unchecked")
class CredentialLookupTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;

    String token;
    long unit;
    long personId;
    String employeeNo;
    Map<String, Object> card;

    @BeforeEach
    void setUp() {
        token = Logins.operator(web, operators, "ADMIN");
        unit = people.insertOrgUnit("0" + NEXT.incrementAndGet(), "凭证" + NEXT.get(), null).block();
        employeeNo = "C" + NEXT.incrementAndGet() + "X" + System.nanoTime() % 100_000;
        personId = people.insertPerson(employeeNo, "刷脸的人", unit).block();
        card = issue(personId, "A1B2" + NEXT.incrementAndGet() + "C3");
    }

    @Test
    void aSerialOrACardNumberFindsTheCardAsBefore() {
        String serial = (String) card.get("serial");
        assertThat(lookup(" " + serial.toLowerCase() + "\n")).containsEntry("id", card.get("id"));
        assertThat(lookup((String) card.get("cardNo"))).containsEntry("id", card.get("id"));
    }

    @Test
    void aFaceIdFindsThePersonsCardInUse() {
        String faceId = setPhoto(personId);

        assertThat(lookup(faceId)).containsEntry("id", card.get("id"));
        assertThat(lookup(faceId.toLowerCase())).containsEntry("id", card.get("id"));
    }

    @Test
    void aPersonIdOrEmployeeNumberInExplicitFormFindsTheirCardInUse() {
        assertThat(lookup("P:" + personId)).containsEntry("id", card.get("id"));
        assertThat(lookup("e:" + employeeNo.toLowerCase())).containsEntry("id", card.get("id"));
    }

    @Test
    void aPersonOrFaceWithoutACardInUseIsSaidSo() {
        long cardless = people.insertPerson("N" + NEXT.incrementAndGet() + "Y" + System.nanoTime() % 100_000,
                "无卡", unit).block();
        String faceId = setPhoto(cardless);

        problem(get("P:" + cardless), 404, 5046);
        problem(get(faceId), 404, 5046);
    }

    @Test
    void unknownAndMalformedInputIsRefused() {
        problem(get("NO-SUCH-SERIAL"), 404, 1002);
        problem(get("F0000000000000000".substring(0, 16)), 404, 1002);
        problem(get("P:987654321"), 404, 1002);
        problem(get("E:NOBODY"), 404, 1002);
        problem(get("P:abc"), 400, 1001);
        problem(get("   "), 400, 1001);
    }

    @Test
    void textThatIsOneCardsSerialAndAnotherCardsNumberIsAmbiguous() {
        long other = people.insertPerson("O" + NEXT.incrementAndGet() + "Z" + System.nanoTime() % 100_000,
                "另一人", unit).block();
        String cardNo = (String) card.get("cardNo");
        Map<String, Object> clash = issue(other, cardNo);

        problem(get(cardNo), 409, 5047);
        assertThat(lookup("P:" + other)).containsEntry("id", clash.get("id"));
        assertThat(lookup("P:" + personId)).containsEntry("id", card.get("id"));
    }

    private Map<String, Object> issue(long person, String serial) {
        return web.post().uri("/api/cards").headers(h -> {
                    h.setBearerAuth(token);
                    h.set("Idempotency-Key", "cred-" + NEXT.incrementAndGet());
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", person, "serial", serial, "depositFen", 0, "cardCostFen", 0))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private String setPhoto(long person) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", TestImages.jpeg(100, 120)).filename("face.jpg").contentType(MediaType.IMAGE_JPEG);
        Map<String, Object> photo = web.put().uri("/api/people/" + person + "/photo").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (String) photo.get("faceId");
    }

    private Map<String, Object> lookup(String input) {
        return get(input).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec get(String input) {
        return web.get().uri(b -> b.path("/api/cards/lookup").queryParam("input", "{input}").build(input))
                .headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static void problem(WebTestClient.ResponseSpec response, int status, int code) {
        response.expectStatus().isEqualTo(status).expectBody().jsonPath("$.code").isEqualTo(code);
    }
}
