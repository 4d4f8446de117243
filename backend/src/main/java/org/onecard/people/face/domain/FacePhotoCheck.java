package org.onecard.people.face.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.onecard.common.Sha256;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.people.face.domain.ImageFormat.Claim;

/**
 * Checks an uploaded face photo, cheapest test first: size, magic bytes, what the upload says it
 * is, the dimensions from the header, and only then a full decode. Decoding is CPU work: callers
 * on an event loop run it on a worker thread.
 */
public final class FacePhotoCheck {

    private final FacePhotoRules rules;

    public FacePhotoCheck(FacePhotoRules rules) {
        this.rules = rules;
    }

    /**
     * @param contentType the declared content type, or null
     * @param fileName    the uploaded file's name (its extension is a claim too), or null
     */
    public Outcome<FaceImage> check(byte[] bytes, String contentType, String fileName) {
        if (!rules.sizeFits(bytes.length)) {
            return tooLarge(bytes.length);
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElse(null);
        if (format == null) {
            return Outcome.refused(ResultCode.FACE_PHOTO_INVALID_FORMAT, "The file is neither a JPEG nor a PNG image");
        }
        Claim byType = ImageFormat.claimOfContentType(contentType);
        Claim byName = ImageFormat.claimOfFileName(fileName);
        if (!byType.keptBy(format) || !byName.keptBy(format)) {
            return Outcome.refused(ResultCode.FACE_PHOTO_TYPE_MISMATCH, "The file is a " + format
                    + " image but is declared as " + declared(contentType, fileName, byType, byName, format));
        }
        return decode(bytes, format);
    }

    /** The refusal of a photo of this many bytes; a negative size means "more than was read". */
    public Outcome<FaceImage> tooLarge(long sizeBytes) {
        String has = sizeBytes < 0 ? "more than " + rules.maxBytes() : Long.toString(sizeBytes);
        return Outcome.refused(ResultCode.FACE_PHOTO_TOO_LARGE, "The photo has " + has
                + " bytes; it must have 1–" + rules.maxBytes() + " (50 KB)");
    }

    private Outcome<FaceImage> decode(byte[] bytes, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No " + format + " reader in this JVM");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (!rules.dimensionsFit(width, height)) {
                return Outcome.refused(ResultCode.FACE_PHOTO_BAD_DIMENSIONS,
                        "The photo is " + width + "×" + height + " px; " + rules.describeDimensions());
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.read(0);
            if (!warnings.isEmpty()) {
                return unreadable(format, warnings.get(0));
            }
            return Outcome.done(new FaceImage(format, bytes, width, height, sha256(bytes)));
        } catch (IOException | RuntimeException e) {
            return unreadable(format, e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private static Outcome<FaceImage> unreadable(ImageFormat format, String why) {
        return Outcome.refused(ResultCode.FACE_PHOTO_UNREADABLE, "The " + format + " image cannot be decoded"
                + (why == null || why.isBlank() ? "" : ": " + why));
    }

    private static String declared(String contentType, String fileName, Claim byType, Claim byName,
                                   ImageFormat format) {
        return !byType.keptBy(format) ? "content type " + contentType : "file name " + fileName;
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
