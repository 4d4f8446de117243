package org.onecard.terminal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementCounterTests {

    @Test
    void normaliseCollapsesSpaceFoldsParameterListsAndCuts() {
        assertThat(StatementCounter.normalise("  SELECT id\n\tFROM card  WHERE id IN (?, ?,?,  ?) AND x = ? "))
                .isEqualTo("SELECT id FROM card WHERE id IN (?...) AND x = ?");
        assertThat(StatementCounter.normalise("VALUES (?, 'a'), (?, ?)")).isEqualTo("VALUES (?, 'a'), (?...)");
        assertThat(StatementCounter.normalise("x = ?,")).isEqualTo("x = ?,");
        String longList = "INSERT INTO t (a, b) VALUES " + "(?, ?), ".repeat(5_000);
        assertThat(StatementCounter.normalise(longList)).hasSize(160).endsWith("...")
                .startsWith("INSERT INTO t (a, b) VALUES (?...), (?...), ");
        String exact = "S".repeat(160);
        assertThat(StatementCounter.normalise(exact)).isEqualTo(exact);
        assertThat(StatementCounter.normalise(exact + "T")).isEqualTo("S".repeat(157) + "...");
    }
}
