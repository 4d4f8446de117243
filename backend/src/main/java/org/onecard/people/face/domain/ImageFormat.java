package org.onecard.people.face.domain;

import java.util.Locale;
import java.util.Optional;

/** The two image formats face terminals take, told apart by their first bytes. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final String readerName;
    private final int[] magic;

    ImageFormat(String contentType, String readerName, int[] magic) {
        this.contentType = contentType;
        this.readerName = readerName;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The javax.imageio format name. */
    String readerName() {
        return readerName;
    }

    /** The format the bytes start with, if either. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        for (ImageFormat format : values()) {
            if (format.startsOf(bytes)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** What a declared content type claims; an absent or generic binary type claims nothing. */
    public static Claim claimOfContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Claim.NONE;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/octet-stream" -> Claim.NONE;
            case "image/jpeg", "image/jpg", "image/pjpeg" -> Claim.JPEG;
            case "image/png", "image/x-png" -> Claim.PNG;
            default -> Claim.OTHER;
        };
    }

    /** What a file name's extension claims; a name without an extension claims nothing. */
    public static Claim claimOfFileName(String fileName) {
        if (fileName == null) {
            return Claim.NONE;
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Claim.NONE;
        }
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "jpg", "jpeg", "jpe" -> Claim.JPEG;
            case "png" -> Claim.PNG;
            default -> Claim.OTHER;
        };
    }

    private boolean startsOf(byte[] bytes) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** What a content type or file name says the bytes are. */
    public enum Claim {
        NONE, JPEG, PNG, OTHER;

        /** Whether bytes of this format keep the claim (no claim is always kept). */
        public boolean keptBy(ImageFormat format) {
            return this == NONE || name().equals(format.name());
        }
    }
}
