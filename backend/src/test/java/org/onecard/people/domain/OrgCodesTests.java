package org.onecard.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OrgCodesTests {

    @Test
    void aChildAppendsTwoDigitsToItsParentsCode() {
        assertThat(OrgCodes.childCode("0", 1)).isEqualTo("001");
        assertThat(OrgCodes.childCode("0", 99)).isEqualTo("099");
        assertThat(OrgCodes.childCode("003", 1)).isEqualTo("00301");
        assertThat(OrgCodes.childCode("00301", 42)).isEqualTo("0030142");
    }

    @Test
    void suffixesOutsideOneToNinetyNineAreABug() {
        assertThatThrownBy(() -> OrgCodes.childCode("0", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrgCodes.childCode("0", 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstChildGets01AndLaterOnesTheLowestFreeSuffix() {
        assertThat(OrgCodes.nextFreeSuffix("0", List.of())).hasValue(1);
        assertThat(OrgCodes.nextFreeSuffix("0", List.of("001", "002"))).hasValue(3);
        assertThat(OrgCodes.nextFreeSuffix("0", List.of("001", "003"))).as("a gap is filled").hasValue(2);
        assertThat(OrgCodes.nextFreeSuffix("003", List.of("00301", "00302"))).hasValue(3);
    }

    @Test
    void codesThatAreNotDirectChildrenDoNotTakeASuffix() {
        assertThat(OrgCodes.nextFreeSuffix("0", List.of("00101", "T1", "0x1"))).hasValue(1);
    }

    @Test
    void aParentWithNinetyNineChildrenHasNoFreeSuffix() {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            all.add(OrgCodes.childCode("003", i));
        }
        assertThat(OrgCodes.nextFreeSuffix("003", all)).isEqualTo(OptionalInt.empty());
        all.remove("00350");
        assertThat(OrgCodes.nextFreeSuffix("003", all)).hasValue(50);
    }

    @Test
    void onlyTwoDigitSuffixesFrom01To99Parse() {
        assertThat(OrgCodes.parseSuffix("01")).hasValue(1);
        assertThat(OrgCodes.parseSuffix("99")).hasValue(99);
        assertThat(OrgCodes.parseSuffix("10")).hasValue(10);
        for (String bad : new String[] {"00", "1", "100", "ab", " 1", "1 ", "-1", "", "０１"}) {
            assertThat(OrgCodes.parseSuffix(bad)).as(bad).isEmpty();
        }
        assertThat(OrgCodes.parseSuffix(null)).isEmpty();
    }

    @Test
    void aDescendantIsACodeStartingWithTheAncestorsCode() {
        assertThat(OrgCodes.isWithin("00301", "003")).isTrue();
        assertThat(OrgCodes.isWithin("003", "003")).isTrue();
        assertThat(OrgCodes.isWithin("004", "003")).isFalse();
        assertThat(OrgCodes.isWithin("003", "00301")).isFalse();
    }

    @Test
    void theCodeColumnAllowsFifteenLevelsBelowTheRoot() {
        String code = OrgCodes.ROOT;
        int levels = 0;
        while (OrgCodes.hasRoomBelow(code)) {
            code = OrgCodes.childCode(code, 1);
            levels++;
        }
        assertThat(levels).isEqualTo(15);
        assertThat(code.length()).isLessThanOrEqualTo(OrgCodes.MAX_LENGTH);
    }

    @Test
    void aScopeCoversItsSubtreesAndAnEmptyOneCoversNothing() {
        DepartmentScope scope = DepartmentScope.within(List.of("001", "00302"));
        assertThat(scope.covers("001")).isTrue();
        assertThat(scope.covers("00199")).isTrue();
        assertThat(scope.covers("0030201")).isTrue();
        assertThat(scope.covers("003")).isFalse();
        assertThat(scope.covers("0")).isFalse();
        assertThat(DepartmentScope.within(List.of()).covers("0")).isFalse();
        assertThat(DepartmentScope.everything().covers("0")).isTrue();
    }
}
