package org.onecard.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFingerprintTests {

    private static final TransferLeg LEG = new TransferLeg(1, 2, 100, TransferCode.CONSUMPTION);

    @Test
    void sameContentSameFingerprint() {
        assertThat(RequestFingerprint.of(PostingRequest.of("a", 5L, LEG)))
                .isEqualTo(RequestFingerprint.of(PostingRequest.of("b", 5L, LEG)))
                .hasSize(64);
    }

    @Test
    void anyChangeOfContentChangesIt() {
        String base = RequestFingerprint.of(PostingRequest.of("k", 5L, LEG));
        assertThat(RequestFingerprint.of(PostingRequest.of("k", 5L, new TransferLeg(1, 2, 101, TransferCode.CONSUMPTION))))
                .isNotEqualTo(base);
        assertThat(RequestFingerprint.of(PostingRequest.of("k", 6L, LEG))).isNotEqualTo(base);
        assertThat(RequestFingerprint.of(PostingRequest.of("k", 5L, new TransferLeg(2, 1, 100, TransferCode.CONSUMPTION))))
                .isNotEqualTo(base);
        assertThat(RequestFingerprint.of(new PostingRequest("k", List.of(LEG), 5L, null, Instant.EPOCH, null, false, null)))
                .isNotEqualTo(base);
        assertThat(RequestFingerprint.of(new PostingRequest("k", List.of(LEG), 5L, null, null, null, true, null)))
                .isNotEqualTo(base);
    }
}
