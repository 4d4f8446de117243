package org.onecard.terminal.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.onecard.terminal.bench.LoadGenerator.Lane;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * Every terminal comes back online with a backlog of offline records and uploads it at once:
 * 0320 messages of {@code perMessage} records, the next as soon as the last is answered, until
 * its records are all sent or the time is up. Counts each record's own field 39 from the reply's
 * field 48; the measured window gives records taken per second.
 */
final class BacklogUpload extends LoadPhase {

    private final int recordsPerTerminal;
    private final int perMessage;
    private final long warmNanos;
    private final long measureNanos;
    private final Map<Lane, Integer> left = new HashMap<>();
    final Map<String, Integer> records = new TreeMap<>();
    int recordsInWindow;
    long recordsAnswered;
    private int idle;

    BacklogUpload(int recordsPerTerminal, int perMessage, double warmSeconds, double measureSeconds) {
        super("offline backlog");
        this.recordsPerTerminal = recordsPerTerminal;
        this.perMessage = perMessage;
        this.warmNanos = (long) (warmSeconds * 1e9);
        this.measureNanos = (long) (measureSeconds * 1e9);
    }

    @Override
    void begin() {
        scheduleWindow(startNanos + warmNanos, startNanos + warmNanos + measureNanos);
        for (Lane lane : generator.all()) {
            left.put(lane, recordsPerTerminal);
            next(lane);
        }
    }

    private void next(Lane lane) {
        int n = Math.min(perMessage, left.get(lane));
        left.put(lane, left.get(lane) - n);
        lane.upload(n, 1);
    }

    @Override
    void replied(Lane lane, String code, IsoMessage reply, long dueNanos, long nowNanos) {
        boolean inWindow = inWindow(nowNanos);
        if (inWindow) {
            record(code, nowNanos - dueNanos);
        }
        String results = reply != null && reply.has(48) ? reply.text(48) : "";
        for (int i = 0; i + 8 <= results.length(); i += 8) {
            recordsAnswered++;
            if (inWindow) {
                records.merge(results.substring(i + 6, i + 8), 1, Integer::sum);
                recordsInWindow++;
            }
        }
        if (nowNanos < stopNanos && left.get(lane) > 0 && !code.equals("closed")) {
            next(lane);
        } else if (++idle == generator.lanes()) {
            finish();
        }
    }

    long total() {
        return (long) recordsPerTerminal * generator.lanes();
    }

    double elapsedSeconds() {
        return (finishNanos - startNanos) / 1e9;
    }
}
