package org.onecard.terminal.server;

import org.onecard.common.error.ResultCode;
import org.onecard.terminal.iso8583.IsoMessage;
import reactor.core.publisher.Mono;

/**
 * An 0800 act other capabilities add under their own field 70 code (operator sign-on is 101). It
 * answers with a catalogue code: the 0810 carries its ISO meaning in 39 and, unless OK, its number
 * in 44. Every such act needs a valid MAC.
 */
public interface NetworkManagementAct {

    /** The field 70 code, 3 digits. */
    String code();

    Mono<ResultCode> act(IsoMessage request, TerminalSession session);
}
