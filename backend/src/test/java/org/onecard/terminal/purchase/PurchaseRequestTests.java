package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;

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
        for (int field : new int[] {2, 4, 11, 12, 13, 42}) {
            assertThat(PurchaseRequest.parse(purchase().remove(field).build(), "00000001", SERVER_DAY, SHANGHAI))
                    .as("without field %d", field).isEmpty();
        }
        assertThat(PurchaseRequest.parse(purchase().set(12, "250000").build(), "00000001", SERVER_DAY, SHANGHAI))
                .isEmpty();
        assertThat(PurchaseRequest.parse(purchase().set(13, "0231").build(), "00000001", SERVER_DAY, SHANGHAI))
                .isEmpty();
    }

    @Test
    void fieldFiftyFourHoldsCashThenSubsidyWithOverdrawnAsDebit() {
        assertThat(PurchaseReplies.balances(8750, 0)).isEqualTo("1002156C000000008750" + "2002156C000000000000");
        assertThat(PurchaseReplies.balances(-120, 300)).isEqualTo("1002156D000000000120" + "2002156C000000000300");
        assertThat(PurchaseReplies.approvalCode(12_345_678)).isEqualTo("345678");
        assertThat(PurchaseReplies.retrievalReference(42)).isEqualTo("000000000042");
    }
}
