package org.onecard.people.face.domain;

/** A photo that passed every check, kept byte for byte as it was uploaded. */
public record FaceImage(ImageFormat format, byte[] bytes, int width, int height, String sha256) {

    public FaceImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
