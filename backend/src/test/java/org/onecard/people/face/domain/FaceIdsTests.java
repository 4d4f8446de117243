package org.onecard.people.face.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaceIdsTests {

    @Test
    void newIdsHaveTheFaceIdShapeAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = FaceIds.next();
            assertThat(id).hasSize(FaceIds.LENGTH).startsWith("F");
            assertThat(FaceIds.looksLike(id)).isTrue();
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void cardSerialsAndNumbersDoNotLookLikeFaceIds() {
        assertThat(FaceIds.looksLike("04A1B2C3D4E5F6")).isFalse();
        assertThat(FaceIds.looksLike("1000000001")).isFalse();
        assertThat(FaceIds.looksLike("F0000000000000I0")).isFalse();
        assertThat(FaceIds.looksLike(null)).isFalse();
    }
}
