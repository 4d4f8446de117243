package org.onecard.terminal.server;

import java.util.Map;
import java.util.Optional;
import org.onecard.common.error.ResultCode;

/**
 * Field 39 values the terminal server itself sends (ISO 8583:1987 meanings), and the catalogue
 * code each stands for where the catalogue has one. Use-case outcomes reach terminals through
 * {@link ResultCode#isoResponse()}.
 */
public final class ResponseCodes {

    /** 00 approved / completed successfully. */
    public static final String APPROVED = "00";
    /** 03 invalid merchant: field 41 names no registered terminal (card acceptor unknown). */
    public static final String UNKNOWN_TERMINAL = "03";
    /** 12 invalid transaction: no handler for the MTI, or an unknown network management code. */
    public static final String INVALID_TRANSACTION = "12";
    /** 30 format error: the message could not be decoded, or a required field is missing. */
    public static final String FORMAT_ERROR = "30";
    /** 58 transaction not permitted to terminal: disabled terminal, not signed on, another terminal's id. */
    public static final String NOT_PERMITTED_TO_TERMINAL = "58";
    /** 63 security violation: MAC wrong or missing, device serial not the registered one. */
    public static final String SECURITY_VIOLATION = "63";
    /** 96 system malfunction: the server failed; the terminal may retry. */
    public static final String SYSTEM_MALFUNCTION = "96";

    private static final Map<String, ResultCode> CATALOGUE = Map.of(
            APPROVED, ResultCode.OK,
            FORMAT_ERROR, ResultCode.MALFORMED_REQUEST,
            NOT_PERMITTED_TO_TERMINAL, ResultCode.TERMINAL_DISABLED,
            SECURITY_VIOLATION, ResultCode.UNAUTHENTICATED,
            SYSTEM_MALFUNCTION, ResultCode.INTERNAL_ERROR);

    private ResponseCodes() {
    }

    /** The catalogue code a server-sent field 39 stands for; empty for 03 and 12 (no catalogue entry yet). */
    public static Optional<ResultCode> resultCode(String responseCode) {
        return Optional.ofNullable(CATALOGUE.get(responseCode));
    }

    /** Field 39 for a use-case outcome. */
    public static String of(ResultCode code) {
        return code.isoResponse();
    }
}
