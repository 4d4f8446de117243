package org.onecard.people.face.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.ArrayList;
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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@SuppressWarnings("unchecked")
class PhotoImportApiTests {

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
    long versionBefore;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        photos = new PhotoRequests(web, admin.token());
        department = admin.department("导入" + NEXT.incrementAndGet());
        versionBefore = db.sql("SELECT COALESCE(MAX(id), 0) AS v FROM list_change")
                .map(row -> ((Number) row.get("v")).longValue()).one().block();
    }

    @Test
    void aZipOfGoodAndBadPhotosSetsTheGoodOnesAndReportsEveryFile() {
        String a = employee(department);
        String b = employee(department);
        String c = employee(department);
        String d = employee(department);
        String e = employee(department);
        String f = employee(department);
        byte[] zip = TestImages.zip(
                a + ".jpg", TestImages.jpeg(120, 150),
                b + ".PNG", TestImages.png(90, 90),
                c + ".jpg", TestImages.png(90, 90),
                "99999999.jpg", TestImages.jpeg(100, 100),
                "readme.txt", "hello".getBytes(),
                d + ".jpg", TestImages.jpegOfSize(51_201),
                e + ".jpg", TestImages.jpeg(10, 10),
                "photos/", new byte[0],
                "photos/" + f + ".jpg", TestImages.jpeg(100, 100),
                "__MACOSX/._" + f + ".jpg", new byte[] {0, 5, 22, 7});

        Map<String, Object> report = ApiCalls.body(photos.importZip(zip).expectStatus().isOk());

        assertThat(report).containsEntry("total", 8).containsEntry("accepted", 2).containsEntry("refused", 6);
        assertThat(rows(report)).containsExactly(
                List.of(1, a + ".jpg", a, "ACCEPTED", 0),
                List.of(2, b + ".PNG", b, "ACCEPTED", 0),
                List.of(3, c + ".jpg", c, "REFUSED", 5044),
                List.of(4, "99999999.jpg", "99999999", "REFUSED", 1002),
                List.of(5, "readme.txt", "", "REFUSED", 5048),
                List.of(6, d + ".jpg", d, "REFUSED", 5041),
                List.of(7, e + ".jpg", e, "REFUSED", 5043),
                List.of(8, "photos/" + f + ".jpg", "", "REFUSED", 5048));
        Map<String, Object> accepted = ((List<Map<String, Object>>) report.get("rows")).get(0);
        assertThat((String) accepted.get("faceId")).matches("F[0-9A-Z]{15}");
        assertThat(accepted.get("personId")).isEqualTo((int) personOf(a));
        photos.get(personOf(a)).expectStatus().isOk();
        photos.get(personOf(b)).expectStatus().isOk();
        for (String refused : List.of(c, d, e, f)) {
            problem(photos.get(personOf(refused)), 404, 5045);
        }
        assertThat(faceVersions()).hasSize(2).isSorted();
    }

    @Test
    void namesThatClimbOutOfTheArchiveOrNameAFolderAreRefusedAndChangeNothing() {
        String a = employee(department);
        byte[] jpeg = TestImages.jpeg(100, 100);
        byte[] zip = TestImages.zip("../" + a + ".jpg", jpeg, "/" + a + ".jpg", jpeg, "..\\" + a + ".jpg", jpeg);

        Map<String, Object> report = ApiCalls.body(photos.importZip(zip).expectStatus().isOk());

        assertThat(report).containsEntry("accepted", 0).containsEntry("refused", 3);
        assertThat(rows(report)).extracting(r -> r.get(4)).containsOnly(5048);
        problem(photos.get(personOf(a)), 404, 5045);
        assertThat(faceVersions()).isEmpty();
    }

    @Test
    void twoPhotosForOnePersonAreBothRefused() {
        String a = employee(department);
        String b = employee(department);
        byte[] zip = TestImages.zip(a + ".jpg", TestImages.jpeg(100, 100), a + ".png", TestImages.png(100, 100),
                b + ".jpg", TestImages.jpeg(100, 100));

        Map<String, Object> report = ApiCalls.body(photos.importZip(zip).expectStatus().isOk());

        assertThat(rows(report)).extracting(r -> r.get(3) + " " + r.get(4))
                .containsExactly("REFUSED 5048", "REFUSED 5048", "ACCEPTED 0");
    }

    @Test
    void anEntryThatInflatesFarPastTheLimitIsCutOffAndRefused() {
        String a = employee(department);
        byte[] zip = TestImages.zip(a + ".jpg", new byte[30_000_000]);
        assertThat(zip.length).isLessThan(100_000);

        Map<String, Object> report = ApiCalls.body(photos.importZip(zip).expectStatus().isOk());

        Map<String, Object> row = ((List<Map<String, Object>>) report.get("rows")).get(0);
        assertThat(row).containsEntry("code", 5041);
        assertThat((String) row.get("reason")).contains("more than 51200");
    }

    @Test
    void severalPhotoFilesCanBeSentWithoutAZip() {
        String a = employee(department);
        String b = employee(department);

        Map<String, Object> report = ApiCalls.body(photos.importFiles(
                a + ".jpg", "image/jpeg", TestImages.jpeg(100, 100),
                b + ".jpg", "image/jpeg", TestImages.gif(100, 100)).expectStatus().isOk());

        assertThat(rows(report)).containsExactly(List.of(1, a + ".jpg", a, "ACCEPTED", 0),
                List.of(2, b + ".jpg", b, "REFUSED", 5040));
    }

    @Test
    void peopleOutsideTheOperatorsScopeAreRefusedRowByRow() {
        long mine = admin.department("我的" + NEXT.incrementAndGet());
        String own = employee(mine);
        String other = employee(department);
        PhotoRequests scoped = new PhotoRequests(web,
                ApiCalls.scoped(web, operators, Set.of(mine), Set.of(), Roles.ADMIN).token());

        Map<String, Object> report = ApiCalls.body(scoped.importZip(TestImages.zip(
                own + ".jpg", TestImages.jpeg(100, 100), other + ".jpg", TestImages.jpeg(100, 100)))
                .expectStatus().isOk());

        assertThat(rows(report)).extracting(r -> r.get(3) + " " + r.get(4))
                .containsExactly("ACCEPTED 0", "REFUSED 2010");
        problem(photos.get(personOf(other)), 404, 5045);
    }

    @Test
    void whatIsNotAZipOrHoldsTooManyFilesOrMixesZipAndPhotosIsRefusedWhole() {
        problem(photos.importFiles("faces.zip", "application/zip", "not a zip at all".getBytes()), 400, 1000);
        Object[] entries = new Object[2 * 5001];
        for (int i = 0; i < 5001; i++) {
            entries[2 * i] = i + ".jpg";
            entries[2 * i + 1] = new byte[0];
        }
        problem(photos.importZip(TestImages.zip(entries)), 400, 1008);
        problem(photos.importFiles("faces.zip", "application/zip", TestImages.zip("1.jpg", TestImages.jpeg(99, 99)),
                "2.jpg", "image/jpeg", TestImages.jpeg(99, 99)), 400, 1001);
        assertThat(faceVersions()).isEmpty();
    }

    /** row, file name, employee number ("" when none), status, code (0 when none). */
    private static List<List<Object>> rows(Map<String, Object> report) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) report.get("rows")) {
            rows.add(List.of(r.get("row"), r.get("fileName"), r.getOrDefault("employeeNo", ""), r.get("status"),
                    r.getOrDefault("code", 0)));
        }
        return rows;
    }

    private String employee(long orgUnit) {
        String no = Long.toString(100_000_000L + System.nanoTime() % 800_000_000L);
        admin.created("/api/people", Map.of("employeeNo", no, "name", "导入的人", "orgUnitId", orgUnit));
        return no;
    }

    private long personOf(String employeeNo) {
        return db.sql("SELECT id FROM person WHERE employee_no = :no").bind("no", employeeNo)
                .map(row -> row.get("id", Long.class)).one().block();
    }

    /** The face-list versions this test wrote. */
    private List<Long> faceVersions() {
        return db.sql("SELECT id FROM list_change WHERE list_kind = 'FACE' AND id > :before ORDER BY id")
                .bind("before", versionBefore).map(row -> row.get("id", Long.class)).all().collectList().block();
    }
}
