package org.onecard.terminal.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onecard.terminal.iso8583.FieldSpec.Length.FIXED;
import static org.onecard.terminal.iso8583.FieldSpec.Length.LL;
import static org.onecard.terminal.iso8583.FieldSpec.Length.LLL;
import static org.onecard.terminal.iso8583.FieldSpec.Type.AMOUNT;
import static org.onecard.terminal.iso8583.FieldSpec.Type.BINARY;
import static org.onecard.terminal.iso8583.FieldSpec.Type.NUMERIC;
import static org.onecard.terminal.iso8583.FieldSpec.Type.TEXT;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FieldTableTests {

    private final FieldTable table = FieldTable.iso87Binary();

    @Test
    void definesEveryFieldFrom2To128AndNothingElse() {
        assertThat(IntStream.rangeClosed(2, 128).filter(f -> table.spec(f) == null)).isEmpty();
        assertThat(table.spec(0)).isNull();
        assertThat(table.spec(1)).isNull();
        assertThat(table.spec(129)).isNull();
    }

    @Test
    void theProductsFieldsHaveTheGenericBinaryDefinitions() {
        assertSpec(2, NUMERIC, LL, 19);
        assertSpec(3, NUMERIC, FIXED, 6);
        assertSpec(4, NUMERIC, FIXED, 12);
        assertSpec(11, NUMERIC, FIXED, 6);
        assertSpec(12, NUMERIC, FIXED, 6);
        assertSpec(13, NUMERIC, FIXED, 4);
        assertSpec(28, AMOUNT, FIXED, 9);
        assertSpec(35, NUMERIC, LL, 37);
        assertSpec(37, TEXT, FIXED, 12);
        assertSpec(38, TEXT, FIXED, 6);
        assertSpec(39, TEXT, FIXED, 2);
        assertSpec(41, TEXT, FIXED, 8);
        assertSpec(42, TEXT, FIXED, 15);
        assertSpec(48, TEXT, LLL, 999);
        assertSpec(52, BINARY, FIXED, 8);
        assertSpec(54, TEXT, LLL, 120);
        for (int f : List.of(60, 61, 62, 63)) {
            assertSpec(f, TEXT, LLL, 999);
        }
        assertSpec(64, BINARY, FIXED, 8);
        assertSpec(70, NUMERIC, FIXED, 3);
        assertSpec(90, NUMERIC, FIXED, 42);
        assertSpec(96, BINARY, FIXED, 16);
        assertSpec(97, AMOUNT, FIXED, 17);
        assertSpec(104, TEXT, LLL, 100);
        assertSpec(128, BINARY, FIXED, 8);
    }

    @Test
    void withAndWithoutReturnChangedCopies() {
        FieldTable changed = table.with(new FieldSpec(62, BINARY, LLL, 512, "key block")).without(63);

        assertThat(changed.spec(62).type()).isEqualTo(BINARY);
        assertThat(changed.spec(63)).isNull();
        assertThat(table.spec(62).type()).isEqualTo(TEXT);
        assertThat(table.spec(63)).isNotNull();
    }

    @Test
    void refusesDefinitionsTheEncodingCannotCarry() {
        assertThatThrownBy(() -> new FieldSpec(48, TEXT, LL, 100, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldSpec(48, TEXT, LLL, 1000, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldSpec(1, TEXT, FIXED, 8, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldSpec(28, AMOUNT, LL, 9, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldTable.of(List.of(table.spec(2), table.spec(2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertSpec(int field, FieldSpec.Type type, FieldSpec.Length length, int max) {
        FieldSpec spec = table.spec(field);
        assertThat(spec.type()).as("field %d", field).isEqualTo(type);
        assertThat(spec.length()).as("field %d", field).isEqualTo(length);
        assertThat(spec.maxLength()).as("field %d", field).isEqualTo(max);
    }
}
