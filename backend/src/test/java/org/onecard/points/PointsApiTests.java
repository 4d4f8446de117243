package org.onecard.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.people.ApiCalls;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** The points API: rules, counter redemptions and their voids, a person's points, the summary; bad input changes nothing. */
@MariaDbTest
class PointsApiTests extends OneTerminalTest {

    private Card card;

    @BeforeEach
    void aCardholderWithPoints() throws Exception {
        fx.admin.put("/api/points/rules/" + fx.outlet, Map.of("pointsPerYuan", 10)).expectStatus().isNoContent();
        card = fx.card(10_000);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 1_000, "000501")).text(39)).isEqualTo("00");
    }

    @Test
    void aCounterRedemptionIsBookedOnceAndItsVoidGivesThePointsBackOnce() {
        Map<String, Object> spend = Map.of("personId", card.personId(), "points", 60, "outletId", fx.outlet,
                "note", "毛巾");
        Map<String, Object> first = ApiCalls.body(redeem("k-spend-" + card.id(), spend).expectStatus().isCreated());
        Map<String, Object> retry = ApiCalls.body(redeem("k-spend-" + card.id(), spend).expectStatus().isOk());
        ApiCalls.problem(redeem("k-spend-" + card.id(), with(spend, "points", 61)), 409, 1007);

        assertThat(first).containsEntry("balanceAfter", 40).containsEntry("points", 60);
        assertThat(retry.get("postingId")).isEqualTo(first.get("postingId"));
        assertThat(balance()).isEqualTo(40);

        String voidUri = "/api/points/redemptions/" + first.get("postingId") + "/void";
        Map<String, Object> voided = ApiCalls.body(withKey(voidUri, "k-void-" + card.id(), Map.of()).expectStatus().isCreated());
        withKey(voidUri, "k-void-" + card.id(), Map.of()).expectStatus().isOk();
        ApiCalls.problem(withKey(voidUri, "k-void2-" + card.id(), Map.of()), 409, 8026);
        ApiCalls.problem(withKey("/api/points/redemptions/999999999/void", "k-void3-" + card.id(), Map.of()), 404, 8025);

        assertThat(voided).containsEntry("balanceAfter", 100);
        assertThat(balance()).isEqualTo(100);
        Map<String, Object> history = fx.admin.read("/api/points/accounts/" + card.personId() + "?size=2");
        assertThat(history).containsEntry("total", 3).containsEntry("size", 2);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void tooFewPointsAre8022AndChangeNothing() {
        ApiCalls.problem(redeem("k-short-" + card.id(), Map.of("personId", card.personId(), "points", 101)), 422, 8022);
        ApiCalls.problem(redeem("k-short-" + card.id(), Map.of("personId", card.personId(), "points", 101)), 422, 8022);
        Card noPoints = fx.card(100);
        ApiCalls.problem(redeem("k-none-" + card.id(), Map.of("personId", noPoints.personId(), "points", 1)), 422, 8022);
        assertThat(balance()).isEqualTo(100);
        assertThat(fx.admin.read("/api/points/accounts/" + noPoints.personId())).containsEntry("balance", 0)
                .containsEntry("total", 0);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void badInputIsRefusedWithItsCodeAndChangesNothing() {
        String k = "k-bad-" + card.id();
        Map<String, Object> ok = Map.of("personId", card.personId(), "points", 5);
        ApiCalls.problem(fx.admin.post("/api/points/redemptions", ok), 400, 1006);
        ApiCalls.problem(redeem(k, with(ok, "points", 0)), 400, 8023);
        ApiCalls.problem(redeem(k, with(ok, "points", 100_000_001L)), 400, 8023);
        ApiCalls.problem(redeem(k, with(ok, "points", null)), 400, 8023);
        ApiCalls.problem(redeem(k, with(ok, "personId", null)), 400, 1001);
        ApiCalls.problem(redeem(k, with(ok, "personId", 999_999_999L)), 422, 8024);
        ApiCalls.problem(redeem(k, with(ok, "outletId", 999_999_999L)), 422, 8021);
        ApiCalls.problem(redeem(k, with(ok, "note", "x".repeat(101))), 400, 1001);
        ApiCalls.problem(fx.admin.put("/api/points/rules/" + fx.outlet, Map.of("pointsPerYuan", 0)), 400, 8020);
        ApiCalls.problem(fx.admin.put("/api/points/rules/" + fx.outlet, Map.of("pointsPerYuan", 1001)), 400, 8020);
        ApiCalls.problem(fx.admin.put("/api/points/rules/" + fx.outlet, new HashMap<>()), 400, 8020);
        ApiCalls.problem(fx.admin.put("/api/points/rules/999999999", Map.of("pointsPerYuan", 1)), 422, 8021);
        ApiCalls.problem(fx.admin.delete("/api/points/rules/999999999"), 404, 1002);
        ApiCalls.problem(fx.admin.get("/api/points/accounts/999999999"), 404, 1002);
        ApiCalls.problem(fx.admin.get("/api/points/accounts/" + card.personId() + "?page=-1"), 400, 1001);
        ApiCalls.problem(fx.admin.get("/api/points/summary"), 400, 8027);
        ApiCalls.problem(fx.admin.get("/api/points/summary?from=2026-02-01&to=2026-01-01"), 400, 8027);
        ApiCalls.problem(fx.admin.get("/api/points/summary?from=2025-01-01&to=2026-12-31"), 400, 8027);
        fx.admin.get("/api/points/summary?from=2026-13-01&to=2026-12-31").expectStatus().isBadRequest();

        assertThat(balance()).isEqualTo(100);
        fx.admin.get("/api/points/rules").expectStatus().isOk().expectBody().jsonPath("$[0].pointsPerYuan").isEqualTo(10);
        assertThat(db.sql("SELECT points_per_yuan FROM points_rule WHERE outlet_id = :o").bind("o", fx.outlet)
                .map(r -> r.get("points_per_yuan", Integer.class)).one().block()).isEqualTo(10);
        assertThat(db.sql("SELECT COUNT(*) AS n FROM points_redemption WHERE person_id = :p").bind("p", card.personId()).map(r -> r.get("n", Long.class)).one().block())
                .isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryWorkbookHasALinePerDayAndOutletWithItsNetAndTheSameTotalsAsTheSummary() throws IOException {
        String range = "?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1);
        redeem("k-wb-" + card.id(), Map.of("personId", card.personId(), "points", 30)).expectStatus().isCreated();
        Map<String, Object> total = (Map<String, Object>) fx.admin.read("/api/points/summary" + range).get("total");
        byte[] bytes = fx.admin.get("/api/points/summary.xlsx" + range).expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            long[] sums = new long[5];
            Row totals = null;
            boolean counter = false;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first == null || row.getCell(6) == null || row.getCell(6).getCellType() != CellType.NUMERIC) {
                    continue;
                }
                if ("合计".equals(first.getStringCellValue())) {
                    totals = row;
                    break;
                }
                long[] v = new long[5];
                for (int c = 0; c < 5; c++) {
                    v[c] = (long) row.getCell(2 + c).getNumericCellValue();
                    sums[c] += v[c];
                }
                assertThat(v[4]).as("net of line " + first.getStringCellValue()).isEqualTo(v[0] - v[1] - v[2] + v[3]);
                counter |= "柜台".equals(row.getCell(1).getStringCellValue());
            }
            assertThat(totals).as("a totals row").isNotNull();
            assertThat(counter).as("the counter's redemption has its own line").isTrue();
            for (int c = 0; c < 5; c++) {
                assertThat((long) totals.getCell(2 + c).getNumericCellValue()).isEqualTo(sums[c]);
            }
            assertThat((long) totals.getCell(2).getNumericCellValue()).isEqualTo(((Number) total.get("earned")).longValue());
            assertThat((long) totals.getCell(4).getNumericCellValue()).isEqualTo(((Number) total.get("spent")).longValue());
        }
        ApiCalls.problem(fx.admin.get("/api/points/summary.xlsx?from=2026-02-01&to=2026-01-01"), 400, 8027);
    }

    private long balance() {
        return ((Number) fx.admin.read("/api/points/accounts/" + card.personId()).get("balance")).longValue();
    }

    private ResponseSpec redeem(String key, Map<String, Object> body) {
        return withKey("/api/points/redemptions", key, body);
    }

    private ResponseSpec withKey(String uri, String key, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(fx.admin.token());
            h.set("Idempotency-Key", key);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
