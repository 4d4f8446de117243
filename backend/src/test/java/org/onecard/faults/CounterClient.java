package org.onecard.faults;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.onecard.faults.KillWorld.Card;

/**
 * A cashier recharging cards at the counter over HTTP, each request under its own Idempotency-Key;
 * a request the server did not answer (or answered 5xx) is sent again under the same key.
 */
final class CounterClient implements Runnable {

    private final Http http;
    private final String token;
    private final List<Card> cards;
    private final ClientRecord record;
    private final BooleanSupplier running;
    private final Random random;
    private final String name;
    private int sent;

    CounterClient(Http http, String token, List<Card> cards, ClientRecord record, BooleanSupplier running, int no) {
        this.http = http;
        this.token = token;
        this.cards = cards;
        this.record = record;
        this.running = running;
        this.random = new Random(no);
        this.name = "kill-rc-" + no + "-";
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            Card card = cards.get(random.nextInt(cards.size()));
            long amount = 100 + random.nextInt(5_000);
            String key = name + ++sent;
            record.asked("recharge:" + key);
            Http.Answer a = http.untilDefinite("POST", "/api/cards/" + card.cardId() + "/recharge", token, key,
                    Map.of("amountFen", amount), record::retried);
            if (a.ok()) {
                record.approved("recharge:" + key, card.personId(), amount);
            } else {
                record.declined();
            }
            Http.pause(100 + random.nextInt(200));
        }
    }
}
