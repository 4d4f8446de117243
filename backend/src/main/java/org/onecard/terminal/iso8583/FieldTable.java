package org.onecard.terminal.iso8583;

import java.util.Arrays;
import java.util.Objects;

/** Field number → definition. Immutable; {@link #with} and {@link #without} return changed copies. */
public final class FieldTable {

    private static final FieldTable ISO87_BINARY = of(Iso87BinaryFields.all());

    private final FieldSpec[] specs;

    private FieldTable(FieldSpec[] specs) {
        this.specs = specs;
    }

    /** The generic ISO 8583:1987 binary table (the field list of jPOS's ISO87BPackager). */
    public static FieldTable iso87Binary() {
        return ISO87_BINARY;
    }

    public static FieldTable of(Iterable<FieldSpec> fields) {
        FieldSpec[] specs = new FieldSpec[129];
        for (FieldSpec spec : fields) {
            if (specs[spec.number()] != null) {
                throw new IllegalArgumentException("field " + spec.number() + " defined twice");
            }
            specs[spec.number()] = spec;
        }
        return new FieldTable(specs);
    }

    /** The definition of a field, or null when the table does not define it (including 0, 1 and out of range). */
    public FieldSpec spec(int field) {
        return field >= 2 && field <= 128 ? specs[field] : null;
    }

    public FieldTable with(FieldSpec spec) {
        Objects.requireNonNull(spec, "spec");
        FieldSpec[] copy = Arrays.copyOf(specs, specs.length);
        copy[spec.number()] = spec;
        return new FieldTable(copy);
    }

    public FieldTable without(int field) {
        if (spec(field) == null) {
            return this;
        }
        FieldSpec[] copy = Arrays.copyOf(specs, specs.length);
        copy[field] = null;
        return new FieldTable(copy);
    }
}
