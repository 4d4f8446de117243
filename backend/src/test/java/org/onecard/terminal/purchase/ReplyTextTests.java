package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;

class ReplyTextTests {

    private static final IsoMessage REQUEST = IsoMessage.builder("0200").set(2, "620100000001").set(3, "000000")
            .set(4, "000000000300").set(11, "000013").set(12, "101500").set(13, "1121").set(41, "00000007")
            .set(42, "000000000000042").build();

    @Test
    void aReplyIsWrittenWithoutItsMacAndReadBackTheSame() {
        IsoMessage reply = IsoMessage.builder("0210").set(11, "000013").set(39, "41").set(42, "a;b=c%d")
                .set(64, new byte[8]).build();

        String text = ReplyText.encode(reply);

        assertThat(text).isEqualTo("11=000013;39=41;42=a%3Bb%3Dc%25d");
        assertThat(ReplyText.decode(REQUEST, text))
                .isEqualTo(reply.toBuilder().remove(64).build());
    }

    @Test
    void theHashChangesWithEveryFieldARepeatMustCarryAndNothingElse() {
        String hash = hash(REQUEST);

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(hash(REQUEST.toBuilder().set(7, "1121101500").build()));
        for (int field : new int[] {2, 4, 12, 13, 42}) {
            String changed = field == 4 ? "000000000301" : field == 12 ? "101501" : field == 13 ? "1122"
                    : field == 42 ? "000000000000043" : "620100000002";
            assertThat(hash(REQUEST.toBuilder().set(field, changed).build())).as("field %d", field).isNotEqualTo(hash);
        }
    }

    @Test
    void theHashOfAnAmountIsAsBeforeAndAWorkModeEntryChangesIt() {
        assertThat(hash(REQUEST)).isEqualTo(org.onecard.common.Sha256.hex(
                "620100000001|300|000000|101500|1121|000000000000042"));
        String key = hash(REQUEST.toBuilder().remove(4).set(48, "KY0013").build());
        assertThat(key).isNotEqualTo(hash(REQUEST.toBuilder().remove(4).set(48, "KY0014").build()))
                .isNotEqualTo(hash(REQUEST.toBuilder().remove(4).build()))
                .isEqualTo(hash(REQUEST.toBuilder().set(4, "000000000000").set(48, "KY0013").build()));
        assertThat(hash(REQUEST.toBuilder().set(48, "PL003a*1").build()))
                .isNotEqualTo(hash(REQUEST.toBuilder().set(48, "PL003a*2").build()));
    }

    private static String hash(IsoMessage m) {
        PurchaseRequest p = PurchaseRequest.parse(m, "00000007", LocalDate.of(2026, 11, 21), ZoneId.of("Asia/Shanghai"))
                .orElseThrow();
        return ReplyText.hash(m, p);
    }
}
