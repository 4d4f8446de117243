package org.onecard.people.face.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;

class PhotoFileNameTests {

    @Test
    void takesTheEmployeeNumberUpperCasedFromANameWithAnImageExtension() {
        assertThat(PhotoFileName.parse("10001.jpg")).isEqualTo(Outcome.done(new PhotoFileName("10001", "jpg")));
        assertThat(PhotoFileName.parse("a7.JPEG")).isEqualTo(Outcome.done(new PhotoFileName("A7", "jpeg")));
        assertThat(PhotoFileName.parse("00042.Png")).isEqualTo(Outcome.done(new PhotoFileName("00042", "png")));
    }

    @Test
    void refusesFoldersTraversalAndOtherNames() {
        for (String name : new String[] {"../10001.jpg", "photos/10001.jpg", "..\\10001.jpg", "C:10001.jpg",
                "/10001.jpg", "10001.gif", "10001", ".jpg", "10 001.jpg", "张三.jpg", "10001.jpg.exe", "",
                "123456789012345678901234567890123.jpg"}) {
            Outcome<PhotoFileName> parsed = PhotoFileName.parse(name);
            assertThat(parsed).as(name).isInstanceOf(Outcome.Refused.class);
            assertThat(((Outcome.Refused<PhotoFileName>) parsed).code()).isEqualTo(ResultCode.FACE_IMPORT_NAME_INVALID);
        }
        assertThat(PhotoFileName.parse(null).isDone()).isFalse();
    }
}
