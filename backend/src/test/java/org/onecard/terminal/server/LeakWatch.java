package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.util.ResourceLeakDetector;
import org.slf4j.LoggerFactory;

/** Netty's leak detector at PARANOID level, with its reports collected so that a test can fail on them. */
final class LeakWatch {

    private static final ListAppender<ILoggingEvent> REPORTS = new ListAppender<>();

    private LeakWatch() {
    }

    static synchronized void start() {
        if (REPORTS.isStarted()) {
            return;
        }
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        Logger logger = (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
        logger.setLevel(Level.ERROR);
        REPORTS.start();
        logger.addAppender(REPORTS);
    }

    /** Leaks are reported when a leaked buffer has been collected and another is tracked: best effort. */
    static void assertNoLeak() {
        System.gc();
        assertThat(REPORTS.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains("LEAK"));
    }
}
