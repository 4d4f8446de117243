package org.onecard.excel;

import org.onecard.excel.sheet.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on Excel imports ({@code onecard.excel.*}).
 *
 * @param maxFileSize      the largest upload read; a larger one is refused without being parsed
 * @param maxRows          the most data rows (after the header) in one file
 * @param maxUnpackedSize  the most an .xlsx may unpack to, all parts together (zip-bomb guard; at most 1GB)
 * @param checkConcurrency how many per-row lookups (e.g. "is this version newer?") run at once
 */
@ConfigurationProperties("onecard.excel")
public record ExcelProperties(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("20000") int maxRows,
        @DefaultValue("100MB") DataSize maxUnpackedSize,
        @DefaultValue("8") int checkConcurrency) {

    private static final DataSize LARGEST_FILE = DataSize.ofMegabytes(512);
    private static final int SHEET_ROWS = 1_048_575;

    public ExcelProperties {
        require(maxFileSize.toBytes() > 0 && maxFileSize.compareTo(LARGEST_FILE) <= 0, "max-file-size must be 1B..512MB");
        require(maxRows > 0 && maxRows <= SHEET_ROWS, "max-rows must be 1.." + SHEET_ROWS);
        require(maxUnpackedSize.compareTo(maxFileSize) >= 0
                        && maxUnpackedSize.toBytes() <= ReadLimits.MAX_UNPACKED_BYTES_CEILING,
                "max-unpacked-size must be max-file-size..1GB");
        require(checkConcurrency > 0 && checkConcurrency <= 256, "check-concurrency must be 1..256");
    }

    public static ExcelProperties defaults() {
        return new ExcelProperties(DataSize.ofMegabytes(5), 20_000, DataSize.ofMegabytes(100), 8);
    }

    public ReadLimits readLimits() {
        return new ReadLimits(maxFileSize.toBytes(), maxRows, maxUnpackedSize.toBytes(), ReadLimits.DEFAULT_MAX_COLUMNS);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("onecard.excel." + message);
        }
    }
}
