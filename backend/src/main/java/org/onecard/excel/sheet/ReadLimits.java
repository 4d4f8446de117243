package org.onecard.excel.sheet;

/**
 * @param maxFileBytes     the largest upload accepted
 * @param maxDataRows      the most non-blank rows after the header
 * @param maxUnpackedBytes the most bytes an .xlsx may unpack to, all parts together
 * @param maxColumns       cells right of this many columns are ignored
 */
public record ReadLimits(long maxFileBytes, int maxDataRows, long maxUnpackedBytes, int maxColumns) {

    public static final int DEFAULT_MAX_COLUMNS = 64;
    public static final long MAX_UNPACKED_BYTES_CEILING = 1L << 30;

    public ReadLimits {
        if (maxFileBytes < 1 || maxDataRows < 1 || maxUnpackedBytes < 1 || maxColumns < 1) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
        if (maxUnpackedBytes > MAX_UNPACKED_BYTES_CEILING) {
            throw new IllegalArgumentException("maxUnpackedBytes must not exceed 1GB");
        }
    }
}
