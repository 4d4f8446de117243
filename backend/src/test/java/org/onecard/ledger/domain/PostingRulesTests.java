package org.onecard.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;

class PostingRulesTests {

    private static final TransferLeg OK_LEG = new TransferLeg(1, 2, 100, TransferCode.CONSUMPTION);

    @Test
    void acceptsAWellFormedRequest() {
        assertThat(PostingRules.checkShape(PostingRequest.of("k", null, OK_LEG))).isEmpty();
        assertThat(PostingRules.checkAccounts(PostingRequest.of("k", null, OK_LEG),
                Map.of(1L, AccountKind.CASH_WALLET, 2L, AccountKind.OUTLET_REVENUE))).isEmpty();
    }

    @Test
    void refusesMissingOrOverlongKeys() {
        assertThat(code(PostingRequest.of(null, null, OK_LEG))).isEqualTo(ResultCode.IDEMPOTENCY_KEY_REQUIRED);
        assertThat(code(PostingRequest.of("", null, OK_LEG))).isEqualTo(ResultCode.IDEMPOTENCY_KEY_REQUIRED);
        assertThat(code(PostingRequest.of("x".repeat(129), null, OK_LEG))).isEqualTo(ResultCode.VALIDATION_FAILED);
        assertThat(PostingRules.checkShape(PostingRequest.of("x".repeat(128), null, OK_LEG))).isEmpty();
    }

    @Test
    void refusesEmptyAndOversizedPostings() {
        assertThat(code(new PostingRequest("k", List.of(), null, null, null, null, false, null)))
                .isEqualTo(ResultCode.VALIDATION_FAILED);
        List<TransferLeg> seventeen = Collections.nCopies(PostingRequest.MAX_LEGS + 1, OK_LEG);
        assertThat(code(new PostingRequest("k", seventeen, null, null, null, null, false, null)))
                .isEqualTo(ResultCode.TOO_MANY_ITEMS);
    }

    @Test
    void refusesNonPositiveAmountsSameAccountAndMissingCode() {
        assertThat(code(PostingRequest.of("k", null, new TransferLeg(1, 2, 0, TransferCode.CONSUMPTION))))
                .isEqualTo(ResultCode.INVALID_AMOUNT);
        assertThat(code(PostingRequest.of("k", null, new TransferLeg(1, 2, Long.MIN_VALUE, TransferCode.CONSUMPTION))))
                .isEqualTo(ResultCode.INVALID_AMOUNT);
        assertThat(code(PostingRequest.of("k", null, new TransferLeg(3, 3, 1, TransferCode.CONSUMPTION))))
                .isEqualTo(ResultCode.SAME_ACCOUNT);
        assertThat(code(PostingRequest.of("k", null, new TransferLeg(1, 2, 1, null))))
                .isEqualTo(ResultCode.VALIDATION_FAILED);
    }

    @Test
    void refusesUnknownAccountsAndMixedUnits() {
        PostingRequest request = PostingRequest.of("k", null, OK_LEG);
        assertThat(PostingRules.checkAccounts(request, Map.of(1L, AccountKind.CASH_WALLET)))
                .hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo(ResultCode.ACCOUNT_NOT_FOUND));
        assertThat(PostingRules.checkAccounts(request, Map.of(1L, AccountKind.CASH_WALLET, 2L, AccountKind.POINTS_ISSUED)))
                .hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo(ResultCode.UNIT_MISMATCH));
    }

    private static ResultCode code(PostingRequest request) {
        return PostingRules.checkShape(request).orElseThrow().reason();
    }
}
