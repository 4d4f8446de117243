package org.onecard.merchant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onecard.common.outcome.Outcome.Done;
import org.onecard.common.outcome.Outcome.Refused;
import org.onecard.common.outcome.Outcome;

class DraftTests {

    @Test
    void aMerchantDraftIsTrimmedWithBlankOptionalsAsNull() {
        MerchantDraft clean = ((Done<MerchantDraft>) new MerchantDraft(" 后勤餐饮中心 ", " ", "010-1234").check()).value();
        assertThat(clean).isEqualTo(new MerchantDraft("后勤餐饮中心", null, "010-1234"));
    }

    @Test
    void badMerchantFieldsAreRefusedByName() {
        assertThat(field(new MerchantDraft("", null, null).check())).isEqualTo("name");
        assertThat(field(new MerchantDraft("x".repeat(101), null, null).check())).isEqualTo("name");
        assertThat(field(new MerchantDraft("a\nb", null, null).check())).isEqualTo("name");
        assertThat(field(new MerchantDraft("m", "x".repeat(51), null).check())).isEqualTo("contactName");
        assertThat(field(new MerchantDraft("m", null, "phone").check())).isEqualTo("phone");
        assertThat(new MerchantDraft("x".repeat(100), "x".repeat(50), "1".repeat(32)).check()).isInstanceOf(Done.class);
    }

    @Test
    void anOutletNeedsANameAndAKind() {
        assertThat(field(new OutletDraft(" ", OutletKind.CANTEEN).check())).isEqualTo("name");
        assertThat(field(new OutletDraft("第一食堂", null).check())).isEqualTo("kind");
        assertThat(((Done<OutletDraft>) new OutletDraft(" 超市 ", OutletKind.SHOP).check()).value().name())
                .isEqualTo("超市");
    }

    private static String field(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused<?>) outcome).fields().get(0).field();
    }
}
