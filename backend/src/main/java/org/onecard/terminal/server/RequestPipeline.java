package org.onecard.terminal.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.onecard.terminal.TerminalActivity;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalDirectory;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * One frame body in, one reply out, in this order: TPDU and decode (format error "30" or close),
 * request MTI, field 41 present ("30") and equal to the connection's ("58", close), terminal known
 * ("03", close), MAC valid when present and present when the handler requires it ("63", close),
 * terminal enabled ("58", close), a connection is bound to its terminal only by a message with a
 * valid MAC ("58" otherwise), connections per terminal (close), handler ("12" when none, "96" when
 * it fails). A reply carries a MAC exactly when the request carried a valid one. At most
 * {@code max-concurrent-requests} decoded requests are past decoding at once ({@link Admission}).
 */
final class RequestPipeline {

    private static final Logger log = LoggerFactory.getLogger(RequestPipeline.class);
    private static final MessageHandler NONE = new MessageHandler() {
        @Override
        public boolean handles(String mti) {
            return false;
        }

        @Override
        public Mono<IsoMessage> handle(IsoMessage request, TerminalSession session) {
            return Mono.just(Replies.to(request, ResponseCodes.INVALID_TRANSACTION).build());
        }

        @Override
        public boolean requiresMac(IsoMessage request) {
            return false;
        }
    };

    private final IsoCodec codec = IsoCodec.iso87Binary();
    private final Frames frames;
    private final TerminalDirectory directory;
    private final List<MessageHandler> handlers;
    private final ConnectionLimits limits;
    private final TerminalActivity activity;
    private final Map<String, MessageHandler> byMti = new ConcurrentHashMap<>();
    private final Admission admission;
    private final TerminalMetrics metrics;

    RequestPipeline(Frames frames, TerminalDirectory directory, List<MessageHandler> handlers, ConnectionLimits limits,
                    Admission admission) {
        this(frames, directory, handlers, limits, admission, TerminalActivity.NONE, TerminalMetrics.NONE);
    }

    RequestPipeline(Frames frames, TerminalDirectory directory, List<MessageHandler> handlers, ConnectionLimits limits,
                    Admission admission, TerminalActivity activity, TerminalMetrics metrics) {
        this.frames = frames;
        this.directory = directory;
        this.handlers = List.copyOf(handlers);
        this.limits = limits;
        this.admission = admission;
        this.activity = activity;
        this.metrics = metrics.handling(mti -> handlerFor(mti) != NONE);
    }

    /** The reply to one frame body, measured from its arrival to its answer. */
    Mono<Reply> process(byte[] body, TerminalSession session) {
        long start = System.nanoTime();
        return answer(body, session).doOnNext(reply -> metrics.answered(reply, start));
    }

    private Mono<Reply> answer(byte[] body, TerminalSession session) {
        Frame frame;
        try {
            frame = frames.split(body);
        } catch (IsoFormatException e) {
            log.info("closing {}: {}", session, e.getMessage());
            return Mono.just(Reply.closeSilently());
        }
        IsoMessage request;
        try {
            request = codec.decode(frame.message());
        } catch (IsoFormatException e) {
            return Mono.just(formatError(frame, session, e));
        }
        return admission.run(() -> checkTerminal(frame, request, session))
                .onErrorResume(e -> {
                    log.error("{} failed on {}", session, request, e);
                    return Mono.just(send(frame, Replies.to(request, ResponseCodes.SYSTEM_MALFUNCTION).build(), null, false));
                });
    }

    private Reply formatError(Frame frame, TerminalSession session, IsoFormatException e) {
        Optional<IsoMessage> header = HeaderSalvage.read(codec, frame.message());
        log.info("format error from {}: {}{}", session, e.getMessage(), header.isPresent() ? "" : "; closing");
        if (header.isEmpty()) {
            return Reply.closeSilently();
        }
        IsoMessage request = header.get();
        boolean otherTerminal = session.boundCode() != null && !session.boundCode().equals(request.text(41));
        return send(frame, Replies.to(request, otherTerminal ? ResponseCodes.NOT_PERMITTED_TO_TERMINAL
                : ResponseCodes.FORMAT_ERROR).build(), null, otherTerminal);
    }

    private Mono<Reply> checkTerminal(Frame frame, IsoMessage request, TerminalSession session) {
        if (!Replies.isRequest(request.mti())) {
            log.info("closing {}: {} is not a request", session, request.mti());
            return Mono.just(Reply.closeSilently());
        }
        String code = request.text(41);
        if (code == null) {
            return Mono.just(refuse(frame, request, ResponseCodes.FORMAT_ERROR, null, false));
        }
        if (session.boundCode() != null && !session.boundCode().equals(code)) {
            return Mono.just(refuse(frame, request, ResponseCodes.NOT_PERMITTED_TO_TERMINAL, null, true));
        }
        return directory.byCode(code)
                .map(auth -> checkSecurity(frame, request, session, auth))
                .defaultIfEmpty(Mono.fromSupplier(() -> refuse(frame, request, ResponseCodes.UNKNOWN_TERMINAL, null, true)))
                .flatMap(reply -> reply);
    }

    private Mono<Reply> checkSecurity(Frame frame, IsoMessage request, TerminalSession session, TerminalAuth auth) {
        MessageHandler handler = handlerFor(request.mti());
        byte[] key = auth.macKey();
        Macs.Check mac = key == null || key.length == 0 ? Macs.Check.MISMATCH : Macs.verify(key, frame.message());
        if (mac == Macs.Check.MISMATCH || mac == Macs.Check.MISSING && handler.requiresMac(request)) {
            return Mono.just(refuse(frame, request, ResponseCodes.SECURITY_VIOLATION, null, true));
        }
        byte[] replyKey = mac == Macs.Check.VALID ? key : null;
        if (!auth.enabled()) {
            return Mono.just(refuse(frame, request, ResponseCodes.NOT_PERMITTED_TO_TERMINAL, replyKey, true));
        }
        if (session.boundCode() == null && mac != Macs.Check.VALID) {
            return Mono.just(refuse(frame, request, ResponseCodes.NOT_PERMITTED_TO_TERMINAL, null, false));
        }
        if (session.boundCode() == null && !limits.bind(auth.code())) {
            log.info("closing {}: terminal {} has too many connections", session, auth.code());
            return Mono.just(Reply.closeSilently());
        }
        session.bind(auth);
        activity.seen(auth);
        return handler.handle(request, session)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("handler gave no reply")))
                .map(reply -> send(frame, reply, replyKey, session.closeRequested()));
    }

    private MessageHandler handlerFor(String mti) {
        return byMti.computeIfAbsent(mti, m -> handlers.stream().filter(h -> h.handles(m)).findFirst().orElse(NONE));
    }

    private Reply refuse(Frame frame, IsoMessage request, String responseCode, byte[] key, boolean close) {
        log.info("refusing {} from {} with {}{}", request.mti(), request.text(41), responseCode, close ? ", closing" : "");
        return send(frame, Replies.to(request, responseCode).build(), key, close);
    }

    private Reply send(Frame frame, IsoMessage reply, byte[] key, boolean close) {
        byte[] message = key != null ? Macs.encodeWithMac(codec, reply, key)
                : codec.encode(reply.toBuilder().remove(64).remove(128).build());
        return new Reply(frames.write(frame.reply(message)), close, reply);
    }
}
