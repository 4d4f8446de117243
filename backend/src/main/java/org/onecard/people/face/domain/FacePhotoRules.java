package org.onecard.people.face.domain;

/**
 * What makes an image a usable face photo (人脸照片). DOMAIN.md fixes the 50 KB; the sides and
 * shape are what face terminals can enrol: a photo smaller than 64 px holds too little face,
 * one larger than 2048 px cannot be a 50 KB portrait worth keeping, and anything flatter or
 * taller than 2:1 is a banner or a strip, not a face.
 */
public record FacePhotoRules(int maxBytes, int minSidePx, int maxSidePx, int maxAspectRatio) {

    public static final FacePhotoRules STANDARD = new FacePhotoRules(51_200, 64, 2048, 2);

    public boolean sizeFits(int bytes) {
        return bytes > 0 && bytes <= maxBytes;
    }

    public boolean dimensionsFit(int width, int height) {
        return within(width) && within(height)
                && (long) width <= (long) height * maxAspectRatio
                && (long) height <= (long) width * maxAspectRatio;
    }

    public String describeDimensions() {
        return "width and height must each be " + minSidePx + "–" + maxSidePx + " px, and neither more than "
                + maxAspectRatio + " times the other";
    }

    private boolean within(int side) {
        return side >= minSidePx && side <= maxSidePx;
    }
}
