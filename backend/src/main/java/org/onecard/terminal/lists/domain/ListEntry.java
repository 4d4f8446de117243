package org.onecard.terminal.lists.domain;

import org.onecard.common.text.Ascii;

/**
 * One change a page carries: what to do with a value (a card serial, or a face id on the FACE list).
 *
 * @param version the list_change id the change was recorded under
 */
public record ListEntry(long version, Change change, String value) {

    /** The longest value a terminal is sent: the width of list_change.serial. */
    public static final int MAX_VALUE = 64;

    /** On the wire, the ISO 8583 field 91 file update codes. */
    public enum Change {
        ADD('1'),
        /** The entry stays but changed: a face terminal fetches the face's photo again. */
        CHANGE('2'),
        DELETE('3');

        private final char wire;

        Change(char wire) {
            this.wire = wire;
        }

        public char wire() {
            return wire;
        }

        /** From list_change.action: ADD, REPLACE (faces) or REMOVE. */
        public static Change ofAction(String action) {
            return switch (action.trim()) {
                case "ADD" -> ADD;
                case "REPLACE" -> CHANGE;
                case "REMOVE" -> DELETE;
                default -> throw new IllegalArgumentException("unknown list_change action " + action);
            };
        }
    }

    /**
     * Whether a terminal can hold the value: 1 to 64 printable ASCII characters. Card readers report
     * serials as hex digits and face ids are base-32, so nothing a terminal could match is left out.
     */
    public boolean sendable() {
        return !value.isEmpty() && value.length() <= MAX_VALUE && value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /** Characters on the wire: the change code, the 2-digit length, the value. */
    int wireLength() {
        return 3 + value.length();
    }

    String encode() {
        return change.wire + Ascii.zeroPadded(value.length(), 2) + value;
    }
}
