package org.onecard.people.face;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A ZIP of photos, opened from its central directory so each entry can be read on its own and
 * stopped after a fixed number of bytes: an entry is never inflated past that cap, whatever its
 * header claims, which is what keeps a zip bomb harmless. The archive lives in a temporary file
 * while it is open; {@link #close} removes it.
 */
final class PhotoArchive implements AutoCloseable {

    /** Windows tools write names in the local code page; Chinese installations use GBK. */
    private static final Charset LEGACY_NAMES = Charset.forName("GBK");
    /** Metadata folders macOS adds to every archive it makes; they hold no photos. */
    private static final String MAC_METADATA = "__MACOSX/";

    private final Path file;
    private final ZipFile zip;

    private PhotoArchive(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /** @throws ZipException when the bytes are not a readable ZIP */
    static PhotoArchive open(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("onecard-faces-", ".zip");
        try {
            Files.write(file, bytes);
            return new PhotoArchive(file, openZip(file));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** How many entries the directory lists, folders included: checked before anything is read. */
    int size() {
        return zip.size();
    }

    /** The files to import, in directory order: folders and macOS metadata left out. */
    List<ZipEntry> photoEntries() {
        List<ZipEntry> entries = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.isDirectory() && !entry.getName().startsWith(MAC_METADATA)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** At most {@code capBytes} of the entry; its size is {@link PhotoUpload#UNKNOWN_SIZE} when there was more. */
    PhotoUpload read(ZipEntry entry, int capBytes) {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] kept = in.readNBytes(capBytes);
            long size = kept.length == capBytes && in.read() >= 0 ? PhotoUpload.UNKNOWN_SIZE : kept.length;
            return new PhotoUpload(entry.getName(), null, kept, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the temporary file goes either way
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static ZipFile openZip(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            return new ZipFile(file.toFile(), LEGACY_NAMES);
        }
    }
}
