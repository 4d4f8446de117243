package org.onecard.excel.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * One pass over an archive before POI opens it: counts what it really unpacks to, stopping as
 * soon as that passes the limit, and notes whether it is an Office package at all. POI's own
 * zip-bomb guard ({@code ZipSecureFile}) checks each part on its own; this bounds all parts
 * together, which is what the server's memory feels.
 *
 * @param overLimit       unpacking went past the limit (and was stopped there)
 * @param isOfficePackage the archive has the {@code [Content_Types].xml} every Office file has
 */
record ZipScan(boolean overLimit, boolean isOfficePackage) {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /** IOException when the bytes are not a readable zip. */
    static ZipScan of(byte[] zip, long maxUnpackedBytes) throws IOException {
        long total = 0;
        boolean office = false;
        byte[] buffer = new byte[16 * 1024];
        try (ZipArchiveInputStream entries = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                office |= CONTENT_TYPES.equals(entry.getName());
                int read;
                while ((read = entries.read(buffer)) > 0) {
                    total += read;
                    if (total > maxUnpackedBytes) {
                        return new ZipScan(true, office);
                    }
                }
            }
        }
        return new ZipScan(false, office);
    }
}
