package org.onecard.excel.sheet;

/** Byte counts as operators read them in limit messages. */
public final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + "MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + "KB";
        }
        return bytes + "B";
    }
}
