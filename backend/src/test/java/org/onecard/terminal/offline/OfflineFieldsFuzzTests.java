package org.onecard.terminal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.onecard.common.time.BusinessClock;
import org.onecard.common.time.CoreProperties;
import org.onecard.terminal.lists.domain.ListQuery;

/**
 * The offline texts a terminal sends: a batch upload's field 48 records, a USB offline file, and a
 * list download's field 62. Any input reads whole or is refused whole (empty / {@code Unreadable}),
 * never another exception, and what reads keeps the documented bounds. Texts are the input's bytes
 * as ISO-8859-1 characters (the codec lets only printable ASCII through; the parsers must not rely on it).
 */
class OfflineFieldsFuzzTests {

    private static final BusinessClock CLOCK = new BusinessClock(
            Clock.fixed(Instant.parse("2026-03-15T04:30:45Z"), ZoneOffset.UTC),
            new CoreProperties(Path.of("data"), ZoneId.of("Asia/Shanghai")));
    private static final BatchUploadHandler BATCH = new BatchUploadHandler(null, CLOCK);

    @FuzzTest(maxDuration = "5m")
    void batchRecordsReadWholeOrAreRefused(byte[] bytes) {
        String field48 = new String(bytes, StandardCharsets.ISO_8859_1);
        Optional<List<OfflineRecord>> records = BATCH.parse(field48, "00000001", "000001");
        records.ifPresent(list -> assertThat(list).isNotEmpty().allSatisfy(r -> {
            assertThat(r.amountFen()).isBetween(1L, OfflineRecord.MAX_AMOUNT_FEN);
            assertThat(r.credential()).isNotBlank().hasSizeLessThanOrEqualTo(64);
            assertThat(r.key()).startsWith("term:00000001:" + r.trace() + ":");
        }));
    }

    @FuzzTest(maxDuration = "5m")
    void offlineFileReadsOrIsUnreadable(byte[] bytes) {
        try {
            OfflineFile file = OfflineFile.parse(bytes);
            assertThat(file.terminalCode()).matches("\\d{8}");
            assertThat(file.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(OfflineFile.MAX_RECORDS);
            assertThat(file.mac()).hasSize(8);
        } catch (OfflineFile.Unreadable e) {
            assertThat(e.problems).isNotEmpty();
        }
    }

    @FuzzTest(maxDuration = "5m")
    void listQueryReadsOrIsRefused(byte[] bytes) {
        String field62 = new String(bytes, StandardCharsets.ISO_8859_1);
        ListQuery.parse(field62).ifPresent(q -> {
            assertThat(q.cursor()).isBetween(0L, q.heldVersion());
            assertThat(ListQuery.parse(q.encode())).contains(q);
        });
    }
}
