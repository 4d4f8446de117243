package org.onecard.terminal.iso8583;

import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An ISO 8583 message: a four-digit message type indicator and fields 2–128 in number order.
 * Values are String for numeric, text and amount fields and byte[] for binary fields; the codec
 * checks them against the field table. Immutable: byte arrays are copied in and out.
 */
public final class IsoMessage {

    private static final Set<Integer> SECRET_FIELDS = Set.of(2, 35, 36, 45, 52);

    private final String mti;
    private final TreeMap<Integer, Object> fields;

    private IsoMessage(String mti, TreeMap<Integer, Object> fields) {
        this.mti = mti;
        this.fields = fields;
    }

    public static Builder builder(String mti) {
        return new Builder(mti, new TreeMap<>());
    }

    public Builder toBuilder() {
        return new Builder(mti, new TreeMap<>(fields));
    }

    public String mti() {
        return mti;
    }

    public NavigableSet<Integer> fieldNumbers() {
        return Collections.unmodifiableNavigableSet(fields.navigableKeySet());
    }

    public boolean has(int field) {
        return fields.containsKey(field);
    }

    /** The value of a numeric, text or amount field, or null when absent. */
    public String text(int field) {
        Object value = fields.get(field);
        if (value instanceof byte[]) {
            throw new IllegalStateException("field " + field + " is binary");
        }
        return (String) value;
    }

    /** A copy of a binary field's bytes, or null when absent. */
    public byte[] bytes(int field) {
        Object value = fields.get(field);
        if (value instanceof String) {
            throw new IllegalStateException("field " + field + " is not binary");
        }
        return value == null ? null : ((byte[]) value).clone();
    }

    Object raw(int field) {
        return fields.get(field);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IsoMessage other) || !mti.equals(other.mti) || !fields.keySet().equals(other.fields.keySet())) {
            return false;
        }
        return fields.entrySet().stream().allMatch(e -> Objects.deepEquals(e.getValue(), other.fields.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int hash = mti.hashCode();
        for (Map.Entry<Integer, Object> e : fields.entrySet()) {
            Object v = e.getValue();
            hash = 31 * hash + e.getKey() * 17 + (v instanceof byte[] b ? Arrays.hashCode(b) : v.hashCode());
        }
        return hash;
    }

    /** Card data and PIN blocks are masked so that a logged message leaks nothing. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("IsoMessage[").append(mti);
        fields.forEach((field, value) -> s.append(' ').append(field).append('=').append(SECRET_FIELDS.contains(field)
                ? "***" : value instanceof byte[] b ? HexFormat.of().formatHex(b) : value));
        return s.append(']').toString();
    }

    /** Collects fields; {@link #build} freezes them. */
    public static final class Builder {

        private String mti;
        private final TreeMap<Integer, Object> fields;

        private Builder(String mti, TreeMap<Integer, Object> fields) {
            mti(mti);
            this.fields = fields;
        }

        public Builder mti(String mti) {
            if (mti == null || mti.length() != 4 || !Bcd.isDigits(mti)) {
                throw new IllegalArgumentException("MTI must be four digits: " + mti);
            }
            this.mti = mti;
            return this;
        }

        public Builder set(int field, String value) {
            return put(field, Objects.requireNonNull(value, "value"));
        }

        public Builder set(int field, byte[] value) {
            return put(field, Objects.requireNonNull(value, "value").clone());
        }

        public Builder remove(int field) {
            fields.remove(field);
            return this;
        }

        public IsoMessage build() {
            return new IsoMessage(mti, new TreeMap<>(fields));
        }

        private Builder put(int field, Object value) {
            if (field < 2 || field > 128) {
                throw new IllegalArgumentException("field number must be 2..128 (the bitmap is computed): " + field);
            }
            fields.put(field, value);
            return this;
        }
    }
}
