package org.onecard.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome.Done;
import org.onecard.common.outcome.Outcome.Refused;
import org.onecard.common.outcome.Outcome;

class GroupRuleDraftTests {

    private static final List<GroupRule> NONE = List.of();

    @Test
    void sensibleTermsAreAcceptedAndSecondsFractionsDropped() {
        GroupRuleDraft draft = new GroupRuleDraft(LocalTime.of(6, 30, 0, 500), LocalTime.of(9, 0), 3, 2_000, 5_000, 90);
        GroupRuleDraft clean = ((Done<GroupRuleDraft>) draft.check(NONE, 24)).value();
        assertThat(clean.windowStart()).isEqualTo(LocalTime.of(6, 30));
        assertThat(new GroupRuleDraft(t(0, 0), LocalTime.of(23, 59, 59), 0, 0, 0, 100).check(NONE, 24))
                .as("zero limits mean none; 100% is full price").isInstanceOf(Done.class);
    }

    @Test
    void theWindowMustEndAfterItStarts() {
        assertThat(field(rule(t(9, 0), t(9, 0)))).isEqualTo("windowEnd");
        assertThat(field(rule(t(22, 0), t(2, 0)))).as("over midnight is two rules").isEqualTo("windowEnd");
        assertThat(field(new GroupRuleDraft(null, t(9, 0), 0, 0, 0, 100))).isEqualTo("windowStart");
        assertThat(field(new GroupRuleDraft(t(9, 0), null, 0, 0, 0, 100))).isEqualTo("windowEnd");
    }

    @Test
    void limitsCannotBeNegativeAndPerTransactionCannotExceedDaily() {
        assertThat(field(new GroupRuleDraft(t(6, 0), t(9, 0), -1, 0, 0, 100))).isEqualTo("countLimit");
        assertThat(field(new GroupRuleDraft(t(6, 0), t(9, 0), 0, -1, 0, 100))).isEqualTo("perTransactionLimitFen");
        assertThat(field(new GroupRuleDraft(t(6, 0), t(9, 0), 0, 0, -1, 100))).isEqualTo("dailyLimitFen");
        assertThat(field(new GroupRuleDraft(t(6, 0), t(9, 0), 0, 5_001, 5_000, 100))).isEqualTo("perTransactionLimitFen");
        assertThat(new GroupRuleDraft(t(6, 0), t(9, 0), 0, 5_001, 0, 100).check(NONE, 24))
                .as("no daily limit, so any single limit").isInstanceOf(Done.class);
    }

    @Test
    void discountIsOneToAHundredPercent() {
        assertThat(field(new GroupRuleDraft(t(6, 0), t(9, 0), 0, 0, 0, 0))).isEqualTo("discountPercent");
        assertThat(field(new GroupRuleDraft(t(6, 0), t(9, 0), 0, 0, 0, 101))).isEqualTo("discountPercent");
        assertThat(new GroupRuleDraft(t(6, 0), t(9, 0), 0, 0, 0, 1).check(NONE, 24)).isInstanceOf(Done.class);
    }

    @Test
    void windowsOfOneGroupMayNotOverlapEvenAtTheirEdges() {
        List<GroupRule> breakfast = List.of(new GroupRule(7, 1, rule(t(6, 0), t(9, 0))));
        assertThat(code(rule(t(8, 0), t(10, 0)), breakfast)).isEqualTo(ResultCode.GROUP_RULE_OVERLAP);
        assertThat(code(rule(t(5, 0), t(6, 0)), breakfast)).as("ends are inclusive").isEqualTo(ResultCode.GROUP_RULE_OVERLAP);
        assertThat(code(rule(t(9, 0), t(11, 0)), breakfast)).isEqualTo(ResultCode.GROUP_RULE_OVERLAP);
        assertThat(code(rule(t(5, 0), t(10, 0)), breakfast)).as("around it").isEqualTo(ResultCode.GROUP_RULE_OVERLAP);
        assertThat(rule(t(9, 1), t(11, 0)).check(breakfast, 24)).isInstanceOf(Done.class);
    }

    @Test
    void aGroupHasAtMostTheConfiguredNumberOfRules() {
        List<GroupRule> two = List.of(new GroupRule(1, 1, rule(t(6, 0), t(7, 0))),
                new GroupRule(2, 1, rule(t(8, 0), t(9, 0))));
        assertThat(code(rule(t(10, 0), t(11, 0)), two, 2)).isEqualTo(ResultCode.TOO_MANY_ITEMS);
        assertThat(rule(t(10, 0), t(11, 0)).check(two, 3)).isInstanceOf(Done.class);
    }

    private static LocalTime t(int h, int m) {
        return LocalTime.of(h, m);
    }

    private static GroupRuleDraft rule(LocalTime start, LocalTime end) {
        return new GroupRuleDraft(start, end, 0, 0, 0, 100);
    }

    private static String field(GroupRuleDraft draft) {
        Outcome<GroupRuleDraft> outcome = draft.check(NONE, 24);
        assertThat(outcome).isInstanceOf(Refused.class);
        Refused<GroupRuleDraft> refused = (Refused<GroupRuleDraft>) outcome;
        assertThat(refused.code()).isEqualTo(ResultCode.VALIDATION_FAILED);
        return refused.fields().get(0).field();
    }

    private static ResultCode code(GroupRuleDraft draft, List<GroupRule> others) {
        return code(draft, others, 24);
    }

    private static ResultCode code(GroupRuleDraft draft, List<GroupRule> others, int max) {
        Outcome<GroupRuleDraft> outcome = draft.check(others, max);
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused<GroupRuleDraft>) outcome).code();
    }
}
