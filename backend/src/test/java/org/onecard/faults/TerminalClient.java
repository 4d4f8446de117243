package org.onecard.faults;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.onecard.faults.KillWorld.Card;
import org.onecard.faults.KillWorld.Terminal;
import org.onecard.terminal.TerminalDates;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.tools.TerminalConnection;
import org.onecard.terminal.tools.TerminalMessages;
import org.onecard.terminal.tools.TerminalMessages.OfflineRecord;

/**
 * One simulated terminal on its own thread: purchases (0200), now and then the reversal (0400) of
 * its last approved purchase, offline advices (0220) and batch uploads (0320). A request that gets
 * no reply (the server died) or a `96` is sent again, unchanged — the same trace, so the same key —
 * until a reply says what happened; only then comes the next request. Every outcome goes into the
 * shared {@link ClientRecord}.
 */
final class TerminalClient implements Runnable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    private static final int SIGN_ON_TRACE = 999_999;

    private final Terminal terminal;
    private final List<Card> cards;
    private final Map<String, Long> personBySerial;
    private final ClientRecord record;
    private final int port;
    private final BooleanSupplier running;
    private final Random random;
    private TerminalConnection connection;
    /** Why the last attempt got no definite reply, for the failure message. */
    private String lastProblem = "none";
    private int trace;
    private int batch = 1;
    /** The last approved purchase as it was sent, its key and amount, until it is reversed. */
    private IsoMessage lastApproved;
    private String lastApprovedKey;

    TerminalClient(Terminal terminal, List<Card> cards, Map<String, Long> personBySerial, ClientRecord record, int port,
                   BooleanSupplier running, long seed) {
        this.terminal = terminal;
        this.cards = cards;
        this.personBySerial = personBySerial;
        this.record = record;
        this.port = port;
        this.running = running;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        try {
            while (running.getAsBoolean()) {
                int dice = random.nextInt(100);
                if (dice < 10 && lastApproved != null) {
                    reverseLast();
                } else if (dice < 16) {
                    offlineAdvice();
                } else if (dice < 20) {
                    batchUpload();
                } else {
                    purchase();
                }
                Http.pause(20 + random.nextInt(60));
            }
        } finally {
            disconnect();
        }
    }

    private void purchase() {
        Card card = cards.get(random.nextInt(cards.size()));
        ZonedDateTime at = ZonedDateTime.now(TerminalMessages.ZONE);
        int t = ++trace;
        IsoMessage request = TerminalMessages.purchase(terminal.code(), t, card.serial(), amount(), terminal.outletId(), at);
        String key = key(t, at);
        record.asked(key);
        IsoMessage reply = exchange(request);
        if (approved(reply, key)) {
            record.approved(key, card.personId(), -Long.parseLong(reply.text(4)));
            lastApproved = request;
            lastApprovedKey = key;
        }
    }

    private void reverseLast() {
        IsoMessage original = lastApproved;
        String key = "rev:" + lastApprovedKey;
        lastApproved = null;
        record.asked(key);
        IsoMessage reply = exchange(TerminalMessages.reversal(terminal.code(), ++trace, original));
        if (approved(reply, key)) {
            record.approved(key, personBySerial.get(original.text(2)), Long.parseLong(reply.text(4)));
        } else if ("00".equals(reply.text(39))) {
            record.anomaly(key + ": the reversal of an approved purchase booked nothing");
        }
    }

    private void offlineAdvice() {
        Card card = cards.get(random.nextInt(cards.size()));
        ZonedDateTime at = ZonedDateTime.now(TerminalMessages.ZONE).minusMinutes(random.nextInt(30));
        int t = ++trace;
        long amount = amount();
        String key = key(t, at);
        record.asked(key);
        IsoMessage reply = exchange(TerminalMessages.offlineAdvice(terminal.code(), t, card.serial(), amount,
                terminal.outletId(), at, batch));
        if (approved(reply, key)) {
            record.approved(key, card.personId(), -amount);
        }
    }

    /** Three offline records in one 0320; the reply's field 48 gives each record's own answer. */
    private void batchUpload() {
        ZonedDateTime at = ZonedDateTime.now(TerminalMessages.ZONE).minusMinutes(random.nextInt(30));
        List<OfflineRecord> records = new ArrayList<>();
        List<Card> payers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Card card = cards.get(random.nextInt(cards.size()));
            payers.add(card);
            records.add(new OfflineRecord(++trace, at, amount(), card.serial()));
            record.asked(key(trace, at));
        }
        IsoMessage reply = exchange(TerminalMessages.batchUpload(terminal.code(), ++trace, terminal.outletId(), batch++,
                records));
        String answers = reply.has(48) ? reply.text(48) : "";
        for (int i = 0; i < records.size(); i++) {
            OfflineRecord r = records.get(i);
            String key = key(r.trace(), at);
            String code = answers.length() >= (i + 1) * 8 ? answers.substring(i * 8 + 6, i * 8 + 8) : reply.text(39);
            if ("00".equals(code)) {
                record.approved(key, payers.get(i).personId(), -r.amountFen());
            } else {
                declined(key, code);
            }
        }
    }

    /** 00 with a retrieval reference: approved; anything else a decline (94 on one's own retry is an anomaly). */
    private boolean approved(IsoMessage reply, String key) {
        String code = reply.text(39);
        if ("00".equals(code) && reply.has(37)) {
            return true;
        }
        if (!"00".equals(code)) {
            declined(key, code);
        }
        return false;
    }

    private void declined(String key, String code) {
        record.declined();
        if ("94".equals(code)) {
            record.anomaly(key + ": 94, the server holds other content under the client's own key");
        }
    }

    /** Sends until a reply other than 96 comes back, reconnecting (and signing on) after every failure. */
    private IsoMessage exchange(IsoMessage request) {
        long deadline = System.nanoTime() + Http.RETRY_LIMIT.toNanos();
        boolean first = true;
        while (System.nanoTime() < deadline) {
            if (!first) {
                Http.pause(200);
            }
            try {
                connect();
                IsoMessage reply = connection.exchange(request, terminal.key());
                if (!"96".equals(reply.text(39))) {
                    if (!first) {
                        record.retried();
                    }
                    return reply;
                }
                lastProblem = "96";
            } catch (IOException e) {
                lastProblem = e.toString();
                disconnect();
            }
            first = false;
        }
        throw new IllegalStateException(terminal.code() + ": no reply to trace " + request.text(11) + " in "
                + Http.RETRY_LIMIT + "; the last attempt: " + lastProblem);
    }

    private void connect() throws IOException {
        if (connection != null) {
            return;
        }
        connection = new TerminalConnection("127.0.0.1", port, Optional.empty(), READ_TIMEOUT);
        IsoMessage reply = connection.exchange(TerminalMessages.signOn(terminal.code(), SIGN_ON_TRACE, terminal.serial()),
                terminal.key());
        if (!"00".equals(reply.text(39))) {
            throw new IOException(terminal.code() + " could not sign on: " + reply.text(39));
        }
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // the connection is gone either way
            }
            connection = null;
        }
    }

    private long amount() {
        return 1 + random.nextInt(500);
    }

    private String key(int t, ZonedDateTime at) {
        return TerminalDates.key(terminal.code(), TerminalMessages.trace(t), at.toLocalDate());
    }
}
