package org.onecard.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.http.MediaType;

/** Points earned by POS sales over the real socket, and sent back by the sale's void, on MariaDB. */
@MariaDbTest
class PointsAtTerminalTests extends OneTerminalTest {

    @BeforeEach
    void supervisor() {
        long terminalId = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", fx.code)
                .map(r -> r.get("id", Long.class)).one().block();
        fx.admin.created("/api/terminals/" + terminalId + "/operators",
                Map.of("operatorNo", "00", "name", "主管", "password", "123456"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSaleEarnsPointsInItsOwnPostingAndItsVoidSendsThemBackOnce() throws Exception {
        rule(fx.outlet, 3);
        Card card = fx.card(10_000);
        IsoMessage sale = terminal.exchange(fx.purchase(card.serial(), 1_250, "000401"));
        assertThat(sale.text(39)).isEqualTo("00");
        assertThat(points(card)).isEqualTo(37);
        assertThat(legsOf(Long.parseLong(sale.text(37)))).containsExactly("CONSUMPTION 1250", "POINTS_EARNED 37");

        IsoMessage voidRequest = voidOf(card, 1_250, sale.text(37), "000402");
        IsoMessage voided = terminal.exchange(voidRequest);
        IsoMessage again = terminal.exchange(voidRequest);
        IsoMessage secondVoid = terminal.exchange(voidOf(card, 1_250, sale.text(37), "000403"));

        assertThat(voided.text(39)).isEqualTo("00");
        assertThat(again.text(37)).isEqualTo(voided.text(37));
        assertThat(secondVoid.text(44)).isEqualTo("5021");
        assertThat(points(card)).isZero();
        assertThat(legsOf(Long.parseLong(voided.text(37)))).containsExactly("REVERSAL 1250", "REVERSAL 37");
        Map<String, Object> summary = fx.admin.read("/api/points/summary?from=" + today() + "&to=" + today());
        Map<String, Object> outlet = ((List<Map<String, Object>>) summary.get("byOutlet")).stream()
                .filter(o -> String.valueOf(fx.outlet).equals(String.valueOf(o.get("outletId")))).findFirst().orElseThrow();
        assertThat(outlet).containsEntry("earned", 37).containsEntry("earnedVoided", 37).containsEntry("spent", 0);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void anOutletWithoutRuleGivesNoPointsAndARuleRemovedStopsThem() throws Exception {
        Card card = fx.card(10_000);
        terminal.exchange(fx.purchase(card.serial(), 900, "000411"));
        rule(fx.outlet, 1);
        terminal.exchange(fx.purchase(card.serial(), 199, "000412"));
        fx.admin.delete("/api/points/rules/" + fx.outlet).expectStatus().isNoContent();
        terminal.exchange(fx.purchase(card.serial(), 500, "000413"));

        assertThat(points(card)).isEqualTo(1);
        assertThat(fx.cashFen(card)).isEqualTo(10_000 - 900 - 199 - 500);
    }

    @Test
    void aVoidWhoseEarnedPointsWereSpentIsRefused51AndBooksNothing() throws Exception {
        rule(fx.outlet, 10);
        Card card = fx.card(10_000);
        IsoMessage sale = terminal.exchange(fx.purchase(card.serial(), 500, "000421"));
        web.post().uri("/api/points/redemptions").headers(h -> {
            h.setBearerAuth(fx.admin.token());
            h.set("Idempotency-Key", "spend-" + card.id());
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("personId", card.personId(), "points", 40))
                .exchange().expectStatus().isCreated();

        IsoMessage refused = terminal.exchange(voidOf(card, 500, sale.text(37), "000422"));

        assertThat(refused.text(39)).isEqualTo("51");
        assertThat(refused.text(44)).isEqualTo("8022");
        assertThat(points(card)).isEqualTo(10);
        assertThat(fx.cashFen(card)).isEqualTo(9_500);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void pointsAreSpentAtTheTerminalOnceAndTooFewAre51() throws Exception {
        rule(fx.outlet, 3);
        Card card = fx.card(10_000);
        terminal.exchange(fx.purchase(card.serial(), 1_250, "000431"));
        IsoMessage spend = redemption(card, 30, "000432");

        IsoMessage spent = terminal.exchange(spend);
        IsoMessage again = terminal.exchange(spend);
        IsoMessage other = terminal.exchange(spend.toBuilder().set(4, String.format("%012d", 31)).build());
        IsoMessage tooMany = terminal.exchange(redemption(card, 8, "000433"));
        IsoMessage noPoints = terminal.exchange(redemption(card, 8, "000434").toBuilder().remove(4).build());
        IsoMessage unknown = terminal.exchange(fx.purchase("99999999", 5, "000435").toBuilder().set(3, "450000").build());

        assertThat(spent.text(39)).isEqualTo("00");
        assertThat(spent.text(4)).isEqualTo("000000000030");
        assertThat(spent.text(54)).isEqualTo("3002000C000000000007");
        assertThat(again.text(37)).isEqualTo(spent.text(37));
        assertThat(again.text(54)).isEqualTo(spent.text(54));
        assertThat(other.text(39)).isEqualTo("94");
        assertThat(tooMany.text(39)).isEqualTo("51");
        assertThat(tooMany.text(44)).isEqualTo("8022");
        assertThat(noPoints.text(39)).isEqualTo("30");
        assertThat(unknown.text(39)).isEqualTo("14");
        assertThat(points(card)).isEqualTo(7);
        assertThat(fx.cashFen(card)).isEqualTo(10_000 - 1_250);
        fx.admin.post("/api/points/redemptions/" + Long.parseLong(spent.text(37)) + "/void", Map.of())
                .expectStatus().isBadRequest();
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aVoidNamingARedemptionGivesThePointsBackOnce() throws Exception {
        rule(fx.outlet, 3);
        Card card = fx.card(10_000);
        terminal.exchange(fx.purchase(card.serial(), 1_250, "000441"));
        IsoMessage spent = terminal.exchange(redemption(card, 30, "000442"));

        IsoMessage wrongPoints = terminal.exchange(voidOf(card, 29, spent.text(37), "000443"));
        IsoMessage voidRequest = voidOf(card, 30, spent.text(37), "000444");
        IsoMessage voided = terminal.exchange(voidRequest);
        IsoMessage again = terminal.exchange(voidRequest);
        IsoMessage secondVoid = terminal.exchange(voidOf(card, 30, spent.text(37), "000445"));

        assertThat(wrongPoints.text(44)).isEqualTo("5136");
        assertThat(voided.text(39)).isEqualTo("00");
        assertThat(voided.text(4)).isEqualTo("000000000030");
        assertThat(again.text(37)).isEqualTo(voided.text(37));
        assertThat(secondVoid.text(44)).isEqualTo("8026");
        assertThat(points(card)).isEqualTo(37);
        assertThat(fx.postingsKeyed("term:" + fx.code + ":000444:")).isEqualTo(1);
        Checks.booksClean(web, fx.admin.token());
    }

    private IsoMessage redemption(Card card, long points, String trace) {
        return fx.purchase(card.serial(), points, trace).toBuilder().set(3, "450000").build();
    }

    private void rule(long outlet, int rate) {
        fx.admin.put("/api/points/rules/" + outlet, Map.of("pointsPerYuan", rate)).expectStatus().isNoContent();
    }

    private long points(Card card) {
        return ((Number) fx.admin.read("/api/points/accounts/" + card.personId()).get("balance")).longValue();
    }

    private List<String> legsOf(long postingId) {
        return db.sql("SELECT code, amount FROM ledger_transfer WHERE posting_id = :p ORDER BY seq").bind("p", postingId)
                .map(r -> r.get("code", String.class) + " " + r.get("amount", Long.class)).all().collectList().block();
    }

    private String today() {
        return clock.accountingDate(clock.now()).toString();
    }

    private IsoMessage voidOf(Card card, long amountFen, String reference, String trace) {
        return fx.purchase(card.serial(), amountFen, trace).toBuilder().set(3, "200000").set(37, reference)
                .set(52, PinBlock.of("123456")).build();
    }
}
