package org.onecard.people.face.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.people.face.TestImages;

class FacePhotoCheckTests {

    private final FacePhotoCheck check = new FacePhotoCheck(FacePhotoRules.STANDARD);

    @Test
    void acceptsAJpegAndAPngWithinTheRulesAndDescribesThem() {
        byte[] jpeg = TestImages.jpeg(120, 160);
        FaceImage image = done(check.check(jpeg, "image/jpeg", "10001.jpg"));

        assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(image.width()).isEqualTo(120);
        assertThat(image.height()).isEqualTo(160);
        assertThat(image.bytes()).isEqualTo(jpeg);
        assertThat(image.sha256()).hasSize(64).isEqualTo(FacePhotoCheck.sha256(jpeg));
        assertThat(done(check.check(TestImages.png(64, 128), "image/png", "A1.PNG")).format()).isEqualTo(ImageFormat.PNG);
    }

    @Test
    void noDeclaredTypeOrAGenericOneLeavesTheBytesToDecide() {
        assertThat(check.check(TestImages.png(100, 100), null, null).isDone()).isTrue();
        assertThat(check.check(TestImages.jpeg(100, 100), "application/octet-stream", "photo").isDone()).isTrue();
    }

    @Test
    void refusesEmptyAndAnythingAbove50Kb() {
        assertThat(code(check.check(new byte[0], "image/jpeg", null))).isEqualTo(ResultCode.FACE_PHOTO_TOO_LARGE);
        assertThat(check.check(TestImages.jpegOfSize(51_200), "image/jpeg", null).isDone()).isTrue();
        assertThat(code(check.check(TestImages.jpegOfSize(51_201), "image/jpeg", null)))
                .isEqualTo(ResultCode.FACE_PHOTO_TOO_LARGE);
    }

    @Test
    void refusesWhatIsNeitherJpegNorPng() {
        assertThat(code(check.check(TestImages.gif(100, 100), "image/gif", "a.gif")))
                .isEqualTo(ResultCode.FACE_PHOTO_INVALID_FORMAT);
        assertThat(code(check.check("<svg/>".getBytes(), "image/png", null)))
                .isEqualTo(ResultCode.FACE_PHOTO_INVALID_FORMAT);
    }

    @Test
    void refusesBytesThatContradictTheDeclaredTypeOrName() {
        byte[] png = TestImages.png(100, 100);
        assertThat(code(check.check(png, "image/png", "10001.jpg"))).isEqualTo(ResultCode.FACE_PHOTO_TYPE_MISMATCH);
        assertThat(code(check.check(png, "image/jpeg", "10001.png"))).isEqualTo(ResultCode.FACE_PHOTO_TYPE_MISMATCH);
        assertThat(code(check.check(png, "image/gif", null))).isEqualTo(ResultCode.FACE_PHOTO_TYPE_MISMATCH);
        assertThat(code(check.check(TestImages.jpeg(100, 100), null, "10001.png")))
                .isEqualTo(ResultCode.FACE_PHOTO_TYPE_MISMATCH);
    }

    @Test
    void refusesATruncatedOrCorruptImage() {
        assertThat(code(check.check(TestImages.truncatedJpeg(), "image/jpeg", null)))
                .isEqualTo(ResultCode.FACE_PHOTO_UNREADABLE);
        byte[] png = TestImages.png(100, 100);
        assertThat(code(check.check(Arrays.copyOf(png, png.length - 30), "image/png", null)))
                .isEqualTo(ResultCode.FACE_PHOTO_UNREADABLE);
        byte[] magicOnly = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0};
        assertThat(code(check.check(magicOnly, null, null))).isEqualTo(ResultCode.FACE_PHOTO_UNREADABLE);
    }

    @Test
    void refusesImagesThatAreNotFaceSized() {
        assertThat(code(check.check(TestImages.jpeg(10, 10), null, null))).isEqualTo(ResultCode.FACE_PHOTO_BAD_DIMENSIONS);
        assertThat(code(check.check(TestImages.png(4000, 100), null, null))).isEqualTo(ResultCode.FACE_PHOTO_BAD_DIMENSIONS);
        assertThat(code(check.check(TestImages.png(100, 201), null, null))).isEqualTo(ResultCode.FACE_PHOTO_BAD_DIMENSIONS);
        assertThat(check.check(TestImages.png(100, 200), null, null).isDone()).isTrue();
        assertThat(code(check.check(TestImages.png(63, 100), null, null))).isEqualTo(ResultCode.FACE_PHOTO_BAD_DIMENSIONS);
    }

    @Test
    void theSideRuleHasItsBoundsInclusive() {
        FacePhotoRules rules = FacePhotoRules.STANDARD;
        assertThat(rules.dimensionsFit(64, 64)).isTrue();
        assertThat(rules.dimensionsFit(2048, 2048)).isTrue();
        assertThat(rules.dimensionsFit(2049, 2048)).isFalse();
        assertThat(rules.dimensionsFit(64, 128)).isTrue();
        assertThat(rules.dimensionsFit(64, 129)).isFalse();
    }

    private static FaceImage done(Outcome<FaceImage> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<FaceImage>) outcome).value();
    }

    private static ResultCode code(Outcome<FaceImage> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<FaceImage>) outcome).code();
    }
}
