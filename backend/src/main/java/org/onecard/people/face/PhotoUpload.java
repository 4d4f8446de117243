package org.onecard.people.face;

import java.util.Locale;

/**
 * One uploaded file as the web layer read it: never more than its cap is kept, but the size
 * counts every byte that arrived, so an oversized photo is refused with its real size.
 *
 * @param bytes     the first bytes, all of them when {@code sizeBytes == bytes.length}
 * @param sizeBytes how many bytes the file had, or {@link #UNKNOWN_SIZE} when reading stopped at the cap
 */
public record PhotoUpload(String fileName, String contentType, byte[] bytes, long sizeBytes) {

    public static final long UNKNOWN_SIZE = -1;

    public PhotoUpload {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean complete() {
        return sizeBytes == bytes.length;
    }

    /** Whether the file is a ZIP archive of photos rather than a photo. */
    public boolean isZip() {
        return isZip(fileName, contentType);
    }

    public static boolean isZip(String fileName, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/zip") || type.startsWith("application/x-zip")
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip"));
    }
}
