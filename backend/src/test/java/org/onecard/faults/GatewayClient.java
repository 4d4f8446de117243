package org.onecard.faults;

import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * A cardholder recharging online: opens a WeChat order on the mobile page's API (Idempotency-Key),
 * pays it on the built-in simulator's pay page — whose gateway then notifies the server — and asks
 * for the order until it is settled. An order whose trade the simulator lost with a killed server
 * is given up (closed), and then counts as unpaid. Only a PAID order moves money.
 */
final class GatewayClient implements Runnable {

    private static final int CLOSE_TRIES = 20;

    private final Http http;
    private final String payer;
    private final ClientRecord record;
    private final BooleanSupplier running;
    private final Random random;
    private String token;
    private int sent;

    GatewayClient(Http http, String payer, ClientRecord record, BooleanSupplier running) {
        this.http = http;
        this.payer = payer;
        this.record = record;
        this.running = running;
        this.random = new Random(payer.hashCode());
    }

    @Override
    public void run() {
        token = http.login("/api/h5/auth/login", Map.of("employeeNo", payer, "password", "123456"));
        while (running.getAsBoolean()) {
            order();
            Http.pause(200 + random.nextInt(300));
        }
    }

    private void order() {
        long amount = 100 + random.nextInt(10_000);
        String key = "kill-pay-" + payer + "-" + ++sent;
        Http.Answer created = http.untilDefinite("POST", "/api/h5/payments/orders", token, key,
                Map.of("channel", "WECHAT", "amountFen", amount), record::retried);
        if (!created.ok()) {
            record.declined();
            return;
        }
        String orderNo = created.text("orderNo");
        String ledgerKey = "gateway:" + orderNo;
        record.asked(ledgerKey);
        // 200 paid (the gateway notified), 409 the simulator holds no open trade (lost with a killed server)
        http.untilDefinite("POST", "/sim/pay/WECHAT/" + orderNo, null, null, null, record::retried);
        Map<?, ?> settled = settle(orderNo);
        if ("PAID".equals(settled.get("status"))) {
            record.approved(ledgerKey, ((Number) settled.get("personId")).longValue(), amount);
        } else {
            record.declined();
        }
    }

    /** The order once it is PAID or CLOSED: asked with sync, then given up when still open. */
    private Map<?, ?> settle(String orderNo) {
        Http.Answer a = http.untilDefinite("GET", "/api/h5/payments/orders/" + orderNo + "?sync=true", token, null, null,
                record::retried);
        for (int i = 0; i < CLOSE_TRIES && !settled(a); i++) {
            a = http.call("POST", "/api/h5/payments/orders/" + orderNo + "/close", token, null, null);
            if (a == null || !settled(a)) {
                Http.pause(500);
            }
        }
        if (!settled(a)) {
            record.anomaly("gateway order " + orderNo + " is neither paid nor closed: " + (a == null ? "no answer" : a));
            return Map.of();
        }
        return a.body();
    }

    private static boolean settled(Http.Answer a) {
        return a != null && a.ok() && ("PAID".equals(a.body().get("status")) || "CLOSED".equals(a.body().get("status")));
    }
}
