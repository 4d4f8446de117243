package org.onecard.terminal.server;

import org.onecard.terminal.iso8583.IsoMessage;
import reactor.core.publisher.Mono;

/**
 * Handles one kind of terminal request. Spring beans implementing this are collected by the
 * {@link RequestPipeline}, which has already checked the frame, the terminal (field 41 known and
 * enabled, same as the connection's) and the MAC before calling {@link #handle}.
 */
public interface MessageHandler {

    /** Whether this handler answers requests with this MTI (exactly one handler may). */
    boolean handles(String mti);

    /**
     * The reply (MTI + 10, usually built with {@link Replies#to}); the pipeline adds the MAC when the
     * request carried a valid one. An error or an empty result is answered with "96".
     */
    Mono<IsoMessage> handle(IsoMessage request, TerminalSession session);

    /** Whether the request must carry a MAC (a MAC that is present is always verified). Money: always. */
    default boolean requiresMac(IsoMessage request) {
        return true;
    }
}
