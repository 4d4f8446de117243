package org.onecard.terminal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/** Offline records (0220 advice, 0320 batch upload, 0500 settlement) over a real socket on MariaDB. */
@MariaDbTest
class OfflineUploadTests extends OneTerminalTest {

    @Test
    void anAdviceIsBookedOnceHoweverOftenItIsSent() throws Exception {
        Card card = fx.card(5_000);
        IsoMessage advice = advice(card.serial(), 1_200, "000011");

        List<IsoMessage> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(terminal.exchange(i == 2 ? advice.toBuilder().mti("0221").build() : advice));
        }

        assertThat(replies.get(0).mti()).isEqualTo("0230");
        assertThat(replies).extracting(r -> r.text(39)).containsOnly("00");
        assertThat(replies).extracting(r -> r.text(37)).containsOnly(replies.get(0).text(37));
        assertThat(fx.cashFen(card)).isEqualTo(3_800);
        assertThat(fx.consumptions(card)).containsExactly("OFFLINE 1200 null");
        assertThat(terminal.exchange(advice(card.serial(), 1_300, "000011")).text(39)).isEqualTo("94");
        assertThat(fx.cashFen(card)).isEqualTo(3_800);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void anAdviceTheWalletsDoNotCoverOverdrawsCashAndIsFlagged() throws Exception {
        Card card = fx.card(500);

        IsoMessage reply = terminal.exchange(advice(card.serial(), 800, "000012"));

        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(-300);
        assertThat(record("000012")).containsEntry("status", "BOOKED").containsEntry("overdrawn", true);
        assertThat(db.sql("SELECT overdrawn FROM ledger_posting WHERE idem_key = :key")
                .bind("key", key("000012")).map(r -> r.get("overdrawn", Boolean.class)).one().block()).isTrue();
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aLostCardsOfflineRecordIsStillTakenButAnUnknownCardIsRejectedAndKept() throws Exception {
        Card card = fx.card(2_000);
        fx.admin.postEmpty("/api/cards/" + card.id() + "/loss").expectStatus().isOk();

        IsoMessage lost = terminal.exchange(advice(card.serial(), 300, "000013"));
        // the repeat is the same frame: one rebuilt could carry the next second in its time field
        IsoMessage unknownAdvice = advice("6299000000000001", 300, "000014");
        IsoMessage unknown = terminal.exchange(unknownAdvice);
        IsoMessage unknownAgain = terminal.exchange(unknownAdvice);

        assertThat(lost.text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(1_700);
        assertThat(unknown.text(39)).isEqualTo("14");
        assertThat(unknownAgain.text(39)).isEqualTo("14");
        assertThat(record("000014")).containsEntry("status", "REJECTED").containsEntry("result_code", 5082);
    }

    @Test
    void anOfflineRecordUnderAnOnlinePurchasesKeyIsAConflict() throws Exception {
        Card card = fx.card(2_000);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000015")).text(39)).isEqualTo("00");

        assertThat(terminal.exchange(advice(card.serial(), 100, "000015")).text(39)).isEqualTo("94");
        assertThat(fx.cashFen(card)).isEqualTo(1_900);
    }

    @Test
    void aBatchUploadTakesEachRecordOnceAndSettlementComparesTotals() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage advice = advice(card.serial(), 100, "000021");
        assertThat(terminal.exchange(advice).text(39)).isEqualTo("00");
        // the advice's record again (same time fields), then two new ones
        String records = line(advice) + line(advice(card.serial(), 250, "000022"))
                + line(advice("6299000000000002", 70, "000023"));

        IsoMessage first = terminal.exchange(upload(records));
        IsoMessage again = terminal.exchange(upload(records));

        assertThat(first.mti()).isEqualTo("0330");
        assertThat(first.text(39)).isEqualTo("00");
        assertThat(first.text(48)).isEqualTo("00002100" + "00002200" + "00002314");
        assertThat(again.text(48)).isEqualTo(first.text(48));
        assertThat(fx.cashFen(card)).isEqualTo(10_000 - 100 - 250);
        assertThat(fx.consumptions(card)).hasSize(2);

        IsoMessage settled = terminal.exchange(settlement(3, 420));
        IsoMessage short1 = terminal.exchange(settlement(4, 500));

        assertThat(settled.mti()).isEqualTo("0510");
        assertThat(settled.text(39)).isEqualTo("00");
        assertThat(short1.text(39)).isEqualTo("95");
        assertThat(short1.text(76)).isEqualTo("0000000003");
        assertThat(short1.text(88)).isEqualTo("0000000000000420");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void anUploadsNewRecordsAreBookedTogetherEachPayingFromWhatTheEarlierOnesLeft() throws Exception {
        Card a = fx.card(1_000);
        Card b = fx.card(5_000);
        String records = line(advice(a.serial(), 400, "000041")) + line(advice(b.serial(), 100, "000042"))
                + line(advice(a.serial(), 400, "000043")) + line(advice("6299000000000003", 50, "000044"))
                + line(advice(a.serial(), 400, "000045"));

        IsoMessage first = terminal.exchange(upload(records));
        IsoMessage again = terminal.exchange(upload(records));

        assertThat(first.text(48)).isEqualTo("00004100" + "00004200" + "00004300" + "00004414" + "00004500");
        // booked as one: one receipt time (to the microsecond) for the four, where one by one each has its own
        assertThat(db.sql("SELECT COUNT(DISTINCT received_at) AS n FROM offline_record WHERE terminal_code = :code"
                        + " AND status = 'BOOKED' AND trace IN ('000041', '000042', '000043', '000045')")
                .bind("code", fx.code).map(r -> ((Number) r.get("n")).longValue()).one().block()).isEqualTo(1);
        assertThat(again.text(48)).isEqualTo(first.text(48));
        assertThat(fx.cashFen(a)).isEqualTo(1_000 - 3 * 400);
        assertThat(fx.cashFen(b)).isEqualTo(4_900);
        assertThat(fx.consumptions(a)).containsExactly("OFFLINE 400 null", "OFFLINE 400 null", "OFFLINE 400 null");
        // only the third of a's records went below zero: the first two were covered by what was left
        assertThat(record("000043")).containsEntry("status", "BOOKED").containsEntry("overdrawn", false);
        assertThat(record("000045")).containsEntry("status", "BOOKED").containsEntry("overdrawn", true);
        assertThat(record("000044")).containsEntry("status", "REJECTED").containsEntry("result_code", 5082);
        assertThat(db.sql("SELECT p.overdrawn, t.debit_balance_after FROM ledger_posting p JOIN ledger_transfer t"
                        + " ON t.posting_id = p.id WHERE p.idem_key IN (:keys) ORDER BY p.id")
                .bind("keys", List.of(key("000041"), key("000043"), key("000045")))
                .map(r -> Boolean.TRUE.equals(r.get("overdrawn", Boolean.class)) + " " + r.get("debit_balance_after",
                        Long.class)).all().collectList().block())
                .containsExactly("false 600", "false 200", "true -200");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void anUploadThatCannotBeBookedTogetherIsTakenRecordByRecord() throws Exception {
        Card card = fx.card(2_000);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000051")).text(39)).isEqualTo("00");
        IsoMessage twice = advice(card.serial(), 300, "000053");
        // an online purchase holds the first record's key; the last record is the third sent again
        String records = line(advice(card.serial(), 100, "000051")) + line(advice(card.serial(), 200, "000052"))
                + line(twice) + line(twice);

        IsoMessage reply = terminal.exchange(upload(records));

        assertThat(reply.text(48)).isEqualTo("00005194" + "00005200" + "00005300" + "00005300");
        assertThat(fx.cashFen(card)).isEqualTo(2_000 - 100 - 200 - 300);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 100 null", "OFFLINE 200 null", "OFFLINE 300 null");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void badOfflineMessagesAreRefusedWholeAndTakeNothing() throws Exception {
        Card card = fx.card(1_000);
        String good = line(advice(card.serial(), 100, "000031"));

        assertThat(terminal.exchange(upload(good + "00003")).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(upload(good.substring(0, good.length() - 1))).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(upload(good.replace("000000000100", "000000000000"))).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(upload(good).toBuilder().remove(48).build()).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(upload(good).toBuilder().set(42, "000000000000999").build()).text(39))
                .isEqualTo("03");
        assertThat(terminal.exchange(advice(card.serial(), 0, "000032")).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(advice(card.serial(), 100, "000033").toBuilder().set(13, "0230").build())
                .text(39)).isEqualTo("30");
        assertThat(terminal.exchange(advice(card.serial(), 100, "000034").toBuilder().set(60, "12").build())
                .text(39)).isEqualTo("30");
        assertThat(terminal.exchange(settlement(1, 1).toBuilder().remove(76).build()).text(39)).isEqualTo("30");

        assertThat(fx.cashFen(card)).isEqualTo(1_000);
        assertThat(fx.consumptions(card)).isEmpty();
    }

    private IsoMessage advice(String serial, long amountFen, String trace) {
        return fx.purchase(serial, amountFen, trace).toBuilder().mti("0220").set(60, "000008").build();
    }

    /** The advice's record as a field-48 record. */
    private static String line(IsoMessage advice) {
        String credential = advice.text(2);
        return advice.text(11) + advice.text(13) + advice.text(12) + advice.text(4)
                + String.format("%02d", credential.length()) + credential;
    }

    private IsoMessage upload(String records) {
        return IsoMessage.builder("0320").set(11, "000900").set(41, fx.code).set(42, String.format("%015d", fx.outlet))
                .set(48, records).set(60, "000008").build();
    }

    private IsoMessage settlement(long count, long amountFen) {
        return IsoMessage.builder("0500").set(11, "000901").set(41, fx.code).set(42, String.format("%015d", fx.outlet))
                .set(60, "000008").set(76, String.format("%010d", count)).set(88, String.format("%016d", amountFen))
                .build();
    }

    private String key(String trace) {
        return db.sql("SELECT idem_key FROM offline_record WHERE terminal_code = :code AND trace = :trace")
                .bind("code", fx.code).bind("trace", trace).map(r -> r.get("idem_key", String.class)).one().block();
    }

    private Map<String, Object> record(String trace) {
        return db.sql("SELECT status, result_code, overdrawn FROM offline_record WHERE terminal_code = :code"
                        + " AND trace = :trace")
                .bind("code", fx.code).bind("trace", trace)
                .map(r -> Map.<String, Object>of("status", r.get("status", String.class),
                        "result_code", ((Number) r.get("result_code")).intValue(),
                        "overdrawn", Boolean.TRUE.equals(r.get("overdrawn", Boolean.class))))
                .one().block();
    }
}
