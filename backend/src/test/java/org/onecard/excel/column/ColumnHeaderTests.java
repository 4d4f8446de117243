package org.onecard.excel.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnHeaderTests {

    @Test
    void namesColumnsTheWayExcelDoes() {
        assertThat(ColumnHeader.of(0, "a", "A").letter()).isEqualTo("A");
        assertThat(ColumnHeader.of(25, "z", "Z").letter()).isEqualTo("Z");
        assertThat(ColumnHeader.of(26, "aa", "AA").letter()).isEqualTo("AA");
        assertThat(ColumnHeader.of(701, "zz", "ZZ").letter()).isEqualTo("ZZ");
        assertThat(ColumnHeader.of(702, "aaa", "AAA").letter()).isEqualTo("AAA");
    }

    @Test
    void refusesImpossibleDeclarations() {
        assertThatThrownBy(() -> ColumnHeader.of(-1, "x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnHeader.of(0, "x", "x").withWidth(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
