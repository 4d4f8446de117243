package org.onecard.people.face.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.face.TestImages;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

@MariaDbTest
class FacePhotoApiTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;

    ApiCalls admin;
    PhotoRequests photos;
    long department;
    long person;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        photos = new PhotoRequests(web, admin.token());
        department = admin.department("人脸" + NEXT.incrementAndGet());
        person = person(department);
    }

    @Test
    void aJpegIsSetThenReplacedByAPngUnderTheSameFaceIdWithAListChangeEachTime() {
        byte[] jpeg = TestImages.jpeg(120, 160);
        Map<String, Object> first = ApiCalls.body(photos.put(person, jpeg, "me.jpg", "image/jpeg").expectStatus().isOk());
        byte[] served = photos.get(person).expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_JPEG).expectBody(byte[].class).returnResult().getResponseBody();

        byte[] png = TestImages.png(100, 100);
        Map<String, Object> second = ApiCalls.body(photos.put(person, png, "me.png", "image/png").expectStatus().isOk());

        assertThat(first).containsEntry("personId", (int) person).containsEntry("contentType", "image/jpeg")
                .containsEntry("width", 120).containsEntry("height", 160).containsEntry("sizeBytes", jpeg.length);
        assertThat((String) first.get("faceId")).matches("F[0-9A-Z]{15}");
        assertThat(served).isEqualTo(jpeg);
        assertThat(second).containsEntry("faceId", first.get("faceId")).containsEntry("contentType", "image/png");
        assertThat(((Number) second.get("listVersion")).longValue())
                .isGreaterThan(((Number) first.get("listVersion")).longValue());
        photos.get(person).expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).isEqualTo(png);
        assertThat(faceChanges(person)).containsExactly(
                List.of(((Number) first.get("listVersion")).longValue(), "ADD", first.get("faceId")),
                List.of(((Number) second.get("listVersion")).longValue(), "REPLACE", first.get("faceId")));
    }

    @Test
    void deletingRemovesThePhotoAndTellsTheTerminalsOnce() {
        Map<String, Object> set = ApiCalls.body(photos.put(person, TestImages.png(80, 80), "a.png", "image/png")
                .expectStatus().isOk());

        photos.delete(person).expectStatus().isNoContent();

        problem(photos.get(person), 404, 5045);
        problem(photos.delete(person), 404, 5045);
        List<List<Object>> changes = faceChanges(person);
        assertThat(changes).extracting(c -> c.get(1)).containsExactly("ADD", "REMOVE");
        assertThat((Long) changes.get(1).get(0)).isGreaterThan((Long) changes.get(0).get(0));
        assertThat(changes.get(1).get(2)).isEqualTo(set.get("faceId"));
    }

    @Test
    void badPhotosAreRefusedWithTheirCodeAndChangeNothing() {
        byte[] kept = TestImages.jpeg(100, 100);
        photos.put(person, kept, "keep.jpg", "image/jpeg").expectStatus().isOk();
        long changes = faceChanges(person).size();

        problem(photos.put(person, TestImages.jpegOfSize(51_201), "big.jpg", "image/jpeg"), 422, 5041);
        problem(photos.put(person, TestImages.jpegOfSize(900_000), "huge.jpg", "image/jpeg"), 422, 5041);
        problem(photos.put(person, new byte[0], "empty.jpg", "image/jpeg"), 422, 5041);
        problem(photos.put(person, TestImages.gif(100, 100), "a.gif", "image/gif"), 422, 5040);
        problem(photos.put(person, TestImages.png(100, 100), "a.jpg", "image/png"), 422, 5044);
        problem(photos.put(person, TestImages.png(100, 100), "a.png", "image/jpeg"), 422, 5044);
        problem(photos.put(person, TestImages.truncatedJpeg(), "cut.jpg", "image/jpeg"), 422, 5042);
        problem(photos.put(person, TestImages.jpeg(10, 10), "tiny.jpg", "image/jpeg"), 422, 5043);
        problem(photos.put(person, TestImages.png(4000, 100), "strip.png", "image/png"), 422, 5043);

        assertThat(faceChanges(person)).hasSize((int) changes);
        photos.get(person).expectStatus().isOk().expectBody(byte[].class).isEqualTo(kept);
    }

    @Test
    void aPersonOutsideTheScopeOrMissingOrResignedIsRefused() {
        long mine = admin.department("我的" + NEXT.incrementAndGet());
        long myPerson = person(mine);
        PhotoRequests scoped = new PhotoRequests(web,
                ApiCalls.scoped(web, operators, Set.of(mine), Set.of(), Roles.ADMIN).token());
        byte[] jpeg = TestImages.jpeg(100, 100);

        problem(scoped.put(person, jpeg, "a.jpg", "image/jpeg"), 403, 2010);
        problem(scoped.get(person), 403, 2010);
        problem(scoped.delete(person), 403, 2010);
        scoped.put(myPerson, jpeg, "a.jpg", "image/jpeg").expectStatus().isOk();
        problem(photos.put(987_654_321L, jpeg, "a.jpg", "image/jpeg"), 404, 1002);
        admin.postEmpty("/api/people/" + person + "/resign").expectStatus().isOk();
        problem(photos.put(person, jpeg, "a.jpg", "image/jpeg"), 409, 5015);

        assertThat(faceChanges(person)).isEmpty();
    }

    @Test
    void resigningTakesTheFaceOffTheTerminalsAndRehiringPutsItBack() {
        photos.put(person, TestImages.jpeg(100, 100), "a.jpg", "image/jpeg").expectStatus().isOk();
        long photoless = person(department);

        admin.postEmpty("/api/people/" + person + "/resign").expectStatus().isOk();
        admin.postEmpty("/api/people/" + photoless + "/resign").expectStatus().isOk();
        photos.get(person).expectStatus().isOk();
        admin.postEmpty("/api/people/" + person + "/rehire").expectStatus().isOk();

        assertThat(faceChanges(person)).extracting(c -> c.get(1)).containsExactly("ADD", "REMOVE", "ADD");
        assertThat(faceChanges(person)).extracting(c -> c.get(2)).containsOnly(faceChanges(person).get(0).get(2));
        assertThat(faceChanges(photoless)).isEmpty();
    }

    @Test
    void readingNeedsPeopleReadAndChangingNeedsPeopleManage() {
        photos.put(person, TestImages.jpeg(100, 100), "a.jpg", "image/jpeg").expectStatus().isOk();
        PhotoRequests finance = new PhotoRequests(web, ApiCalls.as(web, operators, Roles.FINANCE).token());

        finance.get(person).expectStatus().isOk();
        problem(finance.put(person, TestImages.jpeg(100, 100), "a.jpg", "image/jpeg"), 403, 2010);
        problem(finance.delete(person), 403, 2010);
    }

    @Test
    void anUploadWithoutAFileOrWithTwoIsRefused() {
        problem(web.put().uri("/api/people/" + person + "/photo").headers(h -> h.setBearerAuth(admin.token()))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData("note", "hello")).exchange(), 400, 1001);
        problem(web.post().uri("/api/people/photos/import").headers(h -> h.setBearerAuth(admin.token()))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData("note", "hello")).exchange(), 400, 1001);
        byte[] jpeg = TestImages.jpeg(100, 100);
        MultipartBodyBuilder two = new MultipartBodyBuilder();
        two.part("file", jpeg).filename("a.jpg").contentType(MediaType.IMAGE_JPEG);
        two.part("file", jpeg).filename("b.jpg").contentType(MediaType.IMAGE_JPEG);
        problem(web.put().uri("/api/people/" + person + "/photo").headers(h -> h.setBearerAuth(admin.token()))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(two.build()))
                .exchange(), 400, 1001);
        assertThat(faceChanges(person)).isEmpty();
    }

    private long person(long orgUnit) {
        return id(admin.created("/api/people", Map.of("employeeNo", Long.toString(System.nanoTime() % 1_000_000_000L),
                "name", "有脸的人", "orgUnitId", orgUnit)));
    }

    private List<List<Object>> faceChanges(long personId) {
        return db.sql("SELECT id, action, serial, card_id FROM list_change WHERE list_kind = 'FACE'"
                        + " AND person_id = :p ORDER BY id").bind("p", personId)
                .map(row -> {
                    assertThat(row.get("card_id")).isNull();
                    return List.<Object>of(row.get("id", Long.class), row.get("action", String.class),
                            row.get("serial", String.class));
                }).all().collectList().block();
    }
}
