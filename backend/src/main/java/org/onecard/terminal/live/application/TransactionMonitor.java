package org.onecard.terminal.live.application;

import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.live.LiveProperties;
import org.onecard.terminal.live.domain.EventRing;
import org.onecard.terminal.live.domain.TransactionEvent;
import org.onecard.terminal.server.TerminalSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where the transaction handlers report what they answered, for the live monitor and the terminal's
 * live state. Reporting only writes to memory (a bounded ring whose oldest entries are overwritten),
 * never waits, and never fails: a purchase is neither slowed nor failed by being watched.
 */
@Component
public class TransactionMonitor {

    private static final Logger log = LoggerFactory.getLogger(TransactionMonitor.class);

    private final EventRing<TransactionEvent> ring;
    private final LiveStates live;
    private final BusinessClock clock;

    public TransactionMonitor(LiveProperties properties, LiveStates live, BusinessClock clock) {
        this.ring = new EventRing<>(properties.monitorBuffer());
        this.live = live;
        this.clock = clock;
    }

    /** The terminal got this reply to this request (call it after booking or refusing). */
    public void observed(TerminalSession session, IsoMessage request, IsoMessage reply) {
        try {
            session.terminal().ifPresent(terminal -> {
                TransactionEvent event = TransactionEvent.of(terminal, request, reply, clock.now());
                ring.publish(event);
                if (event.kind().movesMoney()) {
                    live.transacted(terminal, event.at(), event.trace());
                }
            });
        } catch (RuntimeException e) {
            log.warn("the monitor dropped a {} from {}", request.mti(), request.text(41), e);
        }
    }

    public long head() {
        return ring.head();
    }

    public EventRing.Batch<TransactionEvent> after(long after, int max) {
        return ring.after(after, max);
    }
}
