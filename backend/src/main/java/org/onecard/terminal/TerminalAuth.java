package org.onecard.terminal;

import org.onecard.common.text.Ascii;

/**
 * What the terminal server needs to know about a registered terminal to accept its messages.
 *
 * @param code     the terminal id terminals send in ISO 8583 field 41: the machine number as 8
 *                 digits ({@code 00000012} for machine 12)
 * @param serial   the device serial; it must match what the terminal reports at sign-on
 * @param macKey   the terminal's HMAC-SHA256 key (32 bytes), generated at registration and shown once
 */
public record TerminalAuth(
        long id,
        String code,
        int machineNo,
        String serial,
        long outletId,
        TerminalPurpose purpose,
        WorkMode mode,
        boolean enabled,
        byte[] macKey) {

    public static String codeOf(int machineNo) {
        return Ascii.zeroPadded(machineNo, 8);
    }
}
