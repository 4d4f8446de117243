package org.onecard.people.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The V7 migration (photo bytes, a list_change row without a card) on the embedded H2 `make run` uses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.r2dbc.url=r2dbc:h2:mem:///faces;DB_CLOSE_DELAY=-1",
        "spring.flyway.url=jdbc:h2:mem:faces;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration/h2"})
@AutoConfigureWebTestClient
class FacePhotosOnH2Tests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;

    @Test
    void aPhotoIsStoredServedAndRemovedWithItsListChangesOnH2() {
        ApiCalls admin = ApiCalls.as(web, operators, Roles.ADMIN);
        long person = id(admin.created("/api/people", Map.of("employeeNo", "700001", "name", "王五",
                "orgUnitId", admin.department("人脸"))));
        byte[] png = TestImages.png(96, 128);
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", png).filename("700001.png").contentType(MediaType.IMAGE_PNG);

        web.put().uri("/api/people/" + person + "/photo").headers(h -> h.setBearerAuth(admin.token()))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange().expectStatus().isOk();
        admin.get("/api/people/" + person + "/photo").expectStatus().isOk().expectBody(byte[].class).isEqualTo(png);
        admin.delete("/api/people/" + person + "/photo").expectStatus().isNoContent();

        assertThat(db.sql("SELECT action FROM list_change WHERE list_kind = 'FACE' AND card_id IS NULL"
                        + " AND person_id = :p ORDER BY id").bind("p", person)
                .map(row -> row.get("action", String.class)).all().collectList().block())
                .containsExactly("ADD", "REMOVE");
    }
}
