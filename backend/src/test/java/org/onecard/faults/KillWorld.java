package org.onecard.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.onecard.terminal.tools.TerminalMessages;
import org.onecard.testing.TestDatabase;

/**
 * The suite's world, made over HTTP on the running server as the demo administrator: an all-day
 * meal period, a canteen with the terminals (each gets its MAC key in the answer), cardholders
 * with cards and cash. The demo's own cardholders (1001–1003, password 123456) pay online orders.
 */
final class KillWorld {

    static final int FIRST_MACHINE_NO = 401;
    static final long FIRST_SERIAL = 710_000_000_000L;
    static final long OPENING_FEN = 200_000;
    static final List<String> PAYERS = List.of("1001", "1002", "1003");

    /** A registered terminal: its code (field 41), device serial, MAC key and outlet. */
    record Terminal(String code, String serial, byte[] key, long outletId) {
    }

    /** A cardholder the terminals and the counter serve: card serial (field 2), card id, person id. */
    record Card(String serial, long cardId, long personId) {
    }

    final List<Terminal> terminals = new ArrayList<>();
    final List<Card> cards = new ArrayList<>();
    final String adminToken;

    private KillWorld(String adminToken) {
        this.adminToken = adminToken;
    }

    static KillWorld create(Http http, String database, int terminalCount, int cardCount) throws SQLException {
        KillWorld world = new KillWorld(http.login("/api/auth/login", Map.of("username", "admin", "password", "admin123")));
        world.allDayMeal(http);
        long merchant = id(http.ok("POST", "/api/merchants", world.adminToken, Map.of("name", "断电测试商户")));
        long outlet = id(http.ok("POST", "/api/outlets", world.adminToken,
                Map.of("merchantId", merchant, "name", "断电测试食堂", "kind", "CANTEEN")));
        for (int i = 0; i < terminalCount; i++) {
            world.terminals.add(world.terminal(http, FIRST_MACHINE_NO + i, outlet));
        }
        long unit = rootUnit(database);
        for (int i = 0; i < cardCount; i++) {
            world.cards.add(world.card(http, unit, Long.toString(FIRST_SERIAL + i)));
        }
        return world;
    }

    /** Every cardholder's wallets (cash + subsidy) now, by person id, read from the database. */
    static Map<Long, Long> balances(String database) throws SQLException {
        Map<Long, Long> balances = new HashMap<>();
        try (Connection c = TestDatabase.jdbc(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT owner_id, SUM(balance) FROM ledger_account WHERE owner_type = 'PERSON'"
                     + " AND kind IN ('CASH_WALLET', 'SUBSIDY_WALLET') GROUP BY owner_id")) {
            while (r.next()) {
                balances.put(r.getLong(1), r.getLong(2));
            }
        }
        return balances;
    }

    private void allDayMeal(Http http) {
        List<Map<String, Object>> periods = new ArrayList<>();
        periods.add(Map.of("id", 1, "name", "全天", "start", "00:00", "end", "23:59", "enabled", true));
        for (int id = 2; id <= 8; id++) {
            periods.add(Map.of("id", id, "enabled", false));
        }
        http.ok("PUT", "/api/meal-periods", adminToken, Map.of("periods", periods));
    }

    private Terminal terminal(Http http, int machineNo, long outlet) {
        Map<String, Object> r = new HashMap<>();
        r.put("machineNo", machineNo);
        r.put("serial", "KILL-" + machineNo);
        r.put("model", "KILL");
        r.put("purpose", "CONSUMPTION");
        r.put("outletId", outlet);
        r.put("mode", "FREE_AMOUNT");
        String key = (String) http.ok("POST", "/api/terminals", adminToken, r).get("macKey");
        return new Terminal(TerminalMessages.terminalCode(Integer.toString(machineNo)), "KILL-" + machineNo,
                HexFormat.of().parseHex(key), outlet);
    }

    private Card card(Http http, long unit, String serial) {
        long person = id(http.ok("POST", "/api/people", adminToken, Map.of("name", "断电" + serial.substring(8), "employeeNo", serial,
                "orgUnitId", unit)));
        Map<String, Object> issue = Map.of("personId", person, "serial", serial, "depositFen", 0, "cardCostFen", 0,
                "firstRechargeFen", OPENING_FEN);
        Http.Answer a = http.untilDefinite("POST", "/api/cards", adminToken, "kill-issue-" + serial, issue, () -> { });
        if (!a.ok()) {
            throw new IllegalStateException("issuing card " + serial + " answered " + a.status() + " " + a.body());
        }
        return new Card(serial, id(a.body()), person);
    }

    private static long rootUnit(String database) throws SQLException {
        try (Connection c = TestDatabase.jdbc(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MIN(id) FROM org_unit WHERE parent_id IS NOT NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }
}
