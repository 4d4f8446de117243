package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.onecard.terminal.authz.Entry;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * The private and money fields of a 0200/0400 after the codec: any decodable message gives a
 * purchase or reversal request or "unreadable" (answered "30"), and any field 48 gives an entry or
 * the documented IllegalArgumentException; never another exception.
 */
class PurchaseFieldsFuzzTests {

    private static final IsoCodec CODEC = IsoCodec.iso87Binary();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @FuzzTest(maxDuration = "5m")
    void requestFieldsParseOrAreRefused(byte[] bytes) {
        IsoMessage message;
        try {
            message = CODEC.decode(bytes);
        } catch (IsoFormatException e) {
            return; // the codec's own target covers refusals
        }
        PurchaseRequest.parse(message, "00000001", DAY, ZONE).ifPresent(p -> {
            assertThat(p.credential()).isNotBlank();
            assertThat(p.key()).startsWith("term:00000001:" + p.trace() + ":");
        });
        ReversalRequest.parse(message, "00000001", DAY, ZONE)
                .ifPresent(r -> assertThat(r.key()).isEqualTo("rev:" + r.original().key()));
    }

    @FuzzTest(maxDuration = "5m")
    void modeEntryFieldParsesOrIsAFormatError(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Entry entry;
        try {
            entry = ModeEntryField.parse(text);
        } catch (IllegalArgumentException e) {
            return;
        }
        assertThat(ModeEntryField.parse(ModeEntryField.format(entry))).isEqualTo(entry);
        assertThat(EntryText.note("sale", entry).length()).isLessThanOrEqualTo(EntryText.MAX_NOTE);
    }
}
