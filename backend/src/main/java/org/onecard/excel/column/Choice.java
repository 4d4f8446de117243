package org.onecard.excel.column;

import java.util.Objects;

/** One allowed value of a choice column and the two ways to write it, e.g. "1" or "累加". */
public record Choice<E>(E value, String code, String label) {

    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
