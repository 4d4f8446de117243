package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.authz.Entry;
import org.onecard.terminal.authz.SaleItem;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.server.Replies;

class PurchaseRequestTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate SERVER_DAY = LocalDate.of(2026, 3, 15);

    private static IsoMessage.Builder purchase() {
        return IsoMessage.builder("0200").set(2, "6201000012345678901").set(3, "000000").set(4, "000000001250")
                .set(11, "000123").set(12, "123045").set(13, "0315").set(41, "00000001").set(42, "000000000000042");
    }

    @Test
    void theKeyIsTerminalTraceAndDateAndTheTimeIsTheTerminals() {
        PurchaseRequest r = PurchaseRequest.parse(purchase().build(), "00000001", SERVER_DAY, SHANGHAI).orElseThrow();

        assertThat(r.key()).isEqualTo("term:00000001:000123:20260315");
        assertThat(r.amountFen()).isEqualTo(1250);
        assertThat(r.credential()).isEqualTo("6201000012345678901");
        assertThat(r.occurredAt()).isEqualTo(Instant.parse("2026-03-15T04:30:45Z"));
        assertThat(r.outletIs(42)).isTrue();
        assertThat(r.outletIs(4)).isFalse();
    }

    @Test
    void fieldSevenGivesTheKeysDateWhenPresent() {
        PurchaseRequest r = PurchaseRequest.parse(purchase().set(7, "0316000001").build(), "00000001", SERVER_DAY,
                SHANGHAI).orElseThrow();

        assertThat(r.key()).isEqualTo("term:00000001:000123:20260316");
    }

    @Test
    void theYearIsTheOneNearestTheServersDay() {
        assertThat(PurchaseRequest.dayNear("1231", LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PurchaseRequest.dayNear("0101", LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(PurchaseRequest.dayNear("0229", LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void missingOrUnreadableFieldsGiveNothing() {
        for (int field : new int[] {2, 11, 12, 13, 42}) {
            assertThat(PurchaseRequest.parse(purchase().remove(field).build(), "00000001", SERVER_DAY, SHANGHAI))
                    .as("without field %d", field).isEmpty();
        }
        assertThat(PurchaseRequest.parse(purchase().set(12, "250000").build(), "00000001", SERVER_DAY, SHANGHAI))
                .isEmpty();
        assertThat(PurchaseRequest.parse(purchase().set(13, "0231").build(), "00000001", SERVER_DAY, SHANGHAI))
                .isEmpty();
    }

    @Test
    void fieldFourAloneIsAnAmountAndNoAmountIsNothing() {
        assertThat(parse(purchase()).entry()).isEqualTo(new Entry.Amount(1250));
        assertThat(parse(purchase().set(4, "000000000000")).entry()).isEqualTo(new Entry.Amount(0));
        PurchaseRequest none = parse(purchase().remove(4));
        assertThat(none.entry()).isEqualTo(new Entry.Nothing());
        assertThat(none.amountFen()).isZero();
    }

    @Test
    void fieldFortyEightCarriesAKeyADurationOrProductLines() {
        assertThat(parse(purchase().remove(4).set(48, "KY00207")).entry()).isEqualTo(new Entry.Key(7));
        assertThat(parse(purchase().remove(4).set(48, "TM0042700")).entry())
                .isEqualTo(new Entry.Timed(Duration.ofSeconds(2700)));
        assertThat(parse(purchase().set(4, "000000000000").set(48, "PL0316901234567892*3;6901234567893*1")).entry())
                .isEqualTo(new Entry.Products(List.of(new SaleItem("6901234567892", 3), new SaleItem("6901234567893", 1))));
        assertThat(parse(purchase().set(48, "KY0019")).entry()).as("with the amount the terminal showed")
                .isEqualTo(new Entry.Shown(new Entry.Key(9), 1250));
        for (Entry entry : List.of(new Entry.Key(12), new Entry.Timed(Duration.ofSeconds(59)),
                new Entry.Products(List.of(new SaleItem("A-1.b_2", 9999))))) {
            assertThat(ModeEntryField.parse(ModeEntryField.format(entry))).isEqualTo(entry);
        }
    }

    @Test
    void aBadFieldFortyEightIsAFormatError() {
        for (String bad : new String[] {"", "KY", "KY0031", "KY002ab", "KY003123", "KY000", "XX0011", "ky0011",
                "KY0011TM0011", "TM0071234567", "PL0056901*", "PL004a*0;", "PL0000", "PL005a*1;b", "PL006a b*10",
                "PL006a*12345"}) {
            assertThat(PurchaseRequest.parse(purchase().set(48, bad).build(), "00000001", SERVER_DAY, SHANGHAI))
                    .as("field 48 \"%s\"", bad).isEmpty();
        }
    }

    @Test
    void aCredentialThatIsNotDigitsComesInFieldSixtyOne() {
        assertThat(parse(purchase().remove(2).set(61, " E:1001 ")).credential()).isEqualTo("E:1001");
        assertThat(parse(purchase().remove(2).set(61, "FABCDEFGHJKMNPQR")).credential()).isEqualTo("FABCDEFGHJKMNPQR");
        for (IsoMessage.Builder bad : List.of(purchase().set(61, "E:1001"), purchase().remove(2),
                purchase().remove(2).set(61, "   "), purchase().remove(2).set(61, "x".repeat(65)))) {
            assertThat(PurchaseRequest.parse(bad.build(), "00000001", SERVER_DAY, SHANGHAI)).isEmpty();
            assertThat(PurchaseRequest.credential(bad.build())).isNull();
        }
    }

    @Test
    void fieldFiftyTwoIsTheOverdraftPasswordAsAFormatTwoBlockNeverPrinted() {
        byte[] block = HexFormat.of().parseHex("26654321FFFFFFFF");
        assertThat(PinBlock.of("654321")).isEqualTo(block);
        PurchaseRequest r = parse(purchase().set(52, block));
        assertThat(r.overdraftPassword()).isEqualTo("654321");
        assertThat(r.toString()).doesNotContain("654321");
        assertThat(parse(purchase()).overdraftPassword()).isNull();
        assertThat(PinBlock.digits(PinBlock.of("123456789012"))).isEqualTo("123456789012");
        for (String bad : new String[] {"16123456FFFFFFFF", "23123FFFFFFFFFFF", "2612345AFFFFFFFF", "26123456FFFFFFF0",
                "2D1234567890123F"}) {
            assertThat(PurchaseRequest.parse(purchase().set(52, HexFormat.of().parseHex(bad)).build(), "00000001",
                    SERVER_DAY, SHANGHAI)).as(bad).isEmpty();
        }
    }

    @Test
    void aLongSaleIsNotedByItsLineCountAndDigest() {
        Entry.Products sale = new Entry.Products(java.util.Collections.nCopies(40, new SaleItem("6901234567892", 1)));
        String note = EntryText.note("0200 6201000012345678901 0", sale);

        assertThat(note).hasSizeLessThanOrEqualTo(EntryText.MAX_NOTE)
                .matches("0200 6201000012345678901 0 items 40 lines sha256 [0-9a-f]{32}");
        assertThat(EntryText.note("0200 c 0", new Entry.Key(3))).isEqualTo("0200 c 0 key 3");
        assertThat(EntryText.note("0200 c 500", new Entry.Amount(500))).isEqualTo("0200 c 500");
    }

    private static PurchaseRequest parse(IsoMessage.Builder m) {
        return PurchaseRequest.parse(m.build(), "00000001", SERVER_DAY, SHANGHAI).orElseThrow();
    }

    @Test
    void fieldFiftyFourHoldsCashThenSubsidyWithOverdrawnAsDebit() {
        assertThat(PurchaseReplies.balances(8750, 0)).isEqualTo("1002156C000000008750" + "2002156C000000000000");
        assertThat(PurchaseReplies.balances(-120, 300)).isEqualTo("1002156D000000000120" + "2002156C000000000300");
    }

    @Test
    void fieldsThirtySevenAndThirtyEightComeFromThePostingId() {
        IsoMessage reply = Replies.posting(IsoMessage.builder("0210"), 1_234_512_345_678L).build();

        assertThat(reply.text(37)).as("the last 12 digits").isEqualTo("234512345678");
        assertThat(reply.text(38)).as("the last 6").isEqualTo("345678");
        assertThat(Replies.posting(IsoMessage.builder("0210"), 42).build().text(37)).isEqualTo("000000000042");
    }
}
