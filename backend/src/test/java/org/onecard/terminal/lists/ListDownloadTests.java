package org.onecard.terminal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.sql.Utc;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import java.io.IOException;
import java.util.Optional;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.lists.persistence.ListChangeStore;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 0300 list download over a real socket against the full server on MariaDB. */
@MariaDbTest
@TestPropertySource(properties = "onecard.lists.settle-time=0s")
class ListDownloadTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    BusinessClock clock;
    @Autowired
    TerminalServer server;
    @Autowired
    DatabaseClient db;
    @Autowired
    ListChangeStore store;
    @Autowired
    MealPeriods meals;

    ApiCalls admin;
    TerminalFixture fixture;
    long terminalId;
    PurchaseTerminal terminal;
    int trace;

    @BeforeEach
    void setUp() throws Exception {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        fixture = new TerminalFixture(web, admin, people, db, meals, clock);
        terminalId = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", fixture.code)
                .map(r -> r.get("id", Long.class)).one().block();
        terminal = new PurchaseTerminal(server.port(), fixture.key);
    }

    @AfterEach
    void tearDown() throws Exception {
        terminal.close();
    }

    @Test
    void aLostCardAppearsInTheBlacklistChangesAndUnlossTakesItOff() throws Exception {
        long held = upToDate("BLACKLIST");
        Card card = fixture.card(100);

        lost(card, true);
        WirePage lost = page("BLACKLIST", held, 999, 0);
        lost(card, false);
        WirePage unlost = page("BLACKLIST", lost.next(), 999, 0);

        assertThat(lost.mode()).isEqualTo('D');
        assertThat(lost.entries()).containsExactly("1:" + card.serial());
        assertThat(lost.more()).isFalse();
        assertThat(lost.next()).isEqualTo(lost.latest()).isGreaterThan(held);
        assertThat(unlost.entries()).containsExactly("3:" + card.serial());
        assertThat(unlost.next()).isEqualTo(unlost.latest()).isGreaterThan(lost.next());
        assertThat(page("BLACKLIST", unlost.next(), 999, 0).entries()).isEmpty();
    }

    @Test
    void menuCardsAreSentAsTheAdminAndOperatorCardListsByKind() throws Exception {
        long heldAdmin = upToDate("ADMIN_CARD");
        long heldOperator = upToDate("OPERATOR_CARD");
        Card card = fixture.card(100);

        kind(card, "ADMIN");
        kind(card, "ADMIN");
        WirePage admin = page("ADMIN_CARD", heldAdmin, 999, 0);
        kind(card, "OPERATOR");
        WirePage adminGone = page("ADMIN_CARD", admin.next(), 999, 0);
        WirePage operator = page("OPERATOR_CARD", heldOperator, 999, 0);
        kind(card, "USER");

        assertThat(admin.entries()).containsExactly("1:" + card.serial());
        assertThat(adminGone.entries()).containsExactly("3:" + card.serial());
        assertThat(operator.entries()).containsExactly("1:" + card.serial());
        assertThat(page("OPERATOR_CARD", operator.next(), 999, 0).entries()).containsExactly("3:" + card.serial());
        assertThat(page("ADMIN_CARD", 0, 999, 0).entries()).noneMatch(e -> e.endsWith(card.serial()));
    }

    @Test
    void theWholeListFromVersionZeroHoldsOnlyWhatIsOnItNow() throws Exception {
        Card kept = fixture.card(100);
        Card withdrawn = fixture.card(100);
        lost(kept, true);
        lost(withdrawn, true);
        lost(withdrawn, false);

        WirePage whole = page("BLACKLIST", 0, 999, 0);

        assertThat(whole.mode()).isEqualTo('S');
        assertThat(whole.entries()).contains("1:" + kept.serial())
                .noneMatch(e -> e.endsWith(withdrawn.serial()))
                .allMatch(e -> e.startsWith("1:"));
        assertThat(whole.cursor()).isZero();
        assertThat(whole.next()).isEqualTo(whole.latest());
        assertThat(whole.more()).isFalse();
    }

    @Test
    void theWholeListComesInPagesAndAChangeMeanwhileArrivesAfterIt() throws Exception {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cards.add(fixture.card(100));
            lost(cards.get(i), true);
        }
        WirePage first = page("BLACKLIST", 0, 2, 0);
        assertThat(first.entries()).hasSize(2);
        assertThat(first.more()).isTrue();
        assertThat(first.cursor()).isPositive();

        List<String> held = new ArrayList<>(first.entries());
        WirePage last = first;
        Card unlost = null;
        while (last.cursor() > 0) {
            if (unlost == null) {
                // a card already sent is unlost while the terminal is still fetching pages
                unlost = cards.stream().filter(c -> held.contains("1:" + c.serial())).findFirst().orElse(null);
                if (unlost != null) {
                    lost(unlost, false);
                }
            }
            last = page("BLACKLIST", last.next(), 2, last.cursor());
            assertThat(last.mode()).isEqualTo('S');
            assertThat(last.entries()).hasSizeLessThanOrEqualTo(2);
            held.addAll(last.entries());
        }
        assertThat(unlost).as("the new cards come on the last pages, before its end").isNotNull();
        String sent = unlost.serial();
        assertThat(last.next()).isEqualTo(first.next());
        assertThat(last.more()).as("the unloss came after the list's version").isTrue();
        WirePage after = page("BLACKLIST", last.next(), 999, 0);

        assertThat(held).doesNotHaveDuplicates()
                .containsAll(cards.stream().map(c -> "1:" + c.serial()).toList());
        assertThat(after.mode()).isEqualTo('D');
        assertThat(after.entries()).containsExactly("3:" + sent);
        assertThat(after.more()).isFalse();
    }

    @Test
    void changesComeInPagesOfTheSizeAsked() throws Exception {
        long held = upToDate("WHITELIST");
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            issued.add("1:" + fixture.card(100).serial());
        }

        WirePage one = page("WHITELIST", held, 2, 0);
        WirePage two = page("WHITELIST", one.next(), 2, 0);

        assertThat(one.entries()).containsExactlyElementsOf(issued.subList(0, 2));
        assertThat(one.more()).isTrue();
        assertThat(one.next()).isLessThan(one.latest());
        assertThat(two.entries()).containsExactly(issued.get(2));
        assertThat(two.more()).isFalse();
        assertThat(two.next()).isEqualTo(two.latest());
    }

    @Test
    void faceChangesAreAddChangeDeleteAndTheWholeListKeepsAReplacedFace() throws Exception {
        insertChange("FACE", "FFIRST000000000C", "ADD");
        long held = upToDate("FACE");
        insertChange("FACE", "FKEPT0000000000A", "ADD");
        insertChange("FACE", "FKEPT0000000000A", "REPLACE");
        insertChange("FACE", "FGONE0000000000B", "ADD");
        insertChange("FACE", "FGONE0000000000B", "REMOVE");

        WirePage changes = page("FACE", held, 999, 0);
        WirePage whole = page("FACE", 0, 999, 0);

        assertThat(changes.entries()).containsExactly("1:FKEPT0000000000A", "2:FKEPT0000000000A",
                "1:FGONE0000000000B", "3:FGONE0000000000B");
        assertThat(held).isPositive();
        assertThat(whole.entries()).containsExactly("1:FFIRST000000000C", "1:FKEPT0000000000A");
    }

    @Test
    void aVersionBeyondTheLatestIsRefusedWith25SoTheTerminalStartsOver() throws Exception {
        long top = store.top().block();

        IsoMessage reply = terminal.exchange(request("BLACKLIST", String.format("%012d%03d", top + 1, 10)));

        assertThat(reply.text(39)).isEqualTo("25");
        assertThat(reply.has(62)).isFalse();
        assertThat(reply.has(128)).as("a refusal to a MAC'd request carries a MAC").isTrue();
        assertThat(page("BLACKLIST", 0, 10, 0).mode()).isEqualTo('S');
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() throws Exception {
        String good = String.format("%012d%03d", 0, 10);

        assertThat(terminal.exchange(request("GREYLIST", good)).text(39)).isEqualTo("12");
        assertThat(terminal.exchange(request("blacklist", good)).text(39)).isEqualTo("12");
        assertThat(terminal.exchange(request("BLACKLIST", good).toBuilder().set(91, "1").build()).text(39))
                .isEqualTo("12");
        assertThat(terminal.exchange(request("BLACKLIST", good).toBuilder().remove(91).build()).text(39))
                .isEqualTo("30");
        assertThat(terminal.exchange(request("BLACKLIST", good).toBuilder().remove(101).build()).text(39))
                .isEqualTo("30");
        for (String bad : new String[] {"12345", "00000000000A010", good + "1", String.format("%012d%03d%012d", 3, 10, 4)}) {
            assertThat(terminal.exchange(request("BLACKLIST", bad)).text(39)).as(bad).isEqualTo("30");
        }
        assertThat(terminal.exchange(request("BLACKLIST", good).toBuilder().remove(62).build()).text(39))
                .isEqualTo("30");
        assertThat(heldVersions()).isEmpty();
    }

    @Test
    void aRequestWithoutItsMacIsRefusedWith63AndTheConnectionClosed() throws Exception {
        IsoMessage unsigned = request("BLACKLIST", String.format("%012d%03d", 0, 10));
        byte[] frame = Frames.of(false).write(new Frame(Optional.empty(), PurchaseTerminal.CODEC.encode(unsigned)));

        IsoMessage reply = PurchaseTerminal.CODEC.decode(terminal.exchangeBytes(frame));

        assertThat(reply.text(39)).isEqualTo("63");
        assertThat(reply.has(62)).isFalse();
        assertThatThrownBy(() -> terminal.exchange(request("BLACKLIST", String.format("%012d%03d", 0, 10))))
                .as("the connection is closed").isInstanceOf(IOException.class);
        assertThat(heldVersions()).isEmpty();
    }

    @Test
    void theVersionARequestNamesIsRecordedAndShownInTheRegistry() throws Exception {
        long held = upToDate("BLACKLIST");
        Card card = fixture.card(100);
        lost(card, true);

        WirePage ack = page("BLACKLIST", held, 0, 0);
        Map<String, Object> view = admin.read("/api/terminals/" + terminalId);

        assertThat(ack.entries()).isEmpty();
        assertThat(ack.more()).isTrue();
        assertThat(ack.next()).isEqualTo(held);
        assertThat(heldVersions()).containsEntry("BLACKLIST", held);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lists = (List<Map<String, Object>>) view.get("lists");
        assertThat(lists).extracting(l -> l.get("kind")).containsExactly("WHITELIST", "BLACKLIST", "FACE", "ADMIN_CARD",
                "OPERATOR_CARD", "SHIFT_CARD");
        Map<String, Object> blacklist = lists.get(1);
        assertThat(((Number) blacklist.get("heldVersion")).longValue()).isEqualTo(held);
        assertThat(((Number) blacklist.get("latestVersion")).longValue()).isEqualTo(ack.latest()).isGreaterThan(held);
        assertThat(blacklist.get("upToDate")).isEqualTo(false);
        assertThat(lists.get(2).get("heldVersion")).isNull();
    }

    @Test
    void theSettledVersionLeavesOutChangesYoungerThanTheCutoff() {
        long before = store.top().block();
        insertChange("TEST", "OLD", "ADD", Instant.now().minus(Duration.ofMinutes(5)));
        long old = store.top().block();
        insertChange("TEST", "YOUNG", "ADD", Instant.now().plus(Duration.ofHours(1)));

        long settled = store.settledSince(before, Instant.now()).block();

        assertThat(settled).isEqualTo(old);
        assertThat(store.settledSince(old, Instant.now()).block()).as("nothing new: the floor").isEqualTo(old);
        assertThat(store.settledSince(old, Instant.now().plus(Duration.ofHours(2))).block()).isEqualTo(old + 1);
    }

    /** Registers the card's loss, or withdraws it. */
    private void lost(Card card, boolean lost) {
        admin.postEmpty("/api/cards/" + card.id() + (lost ? "/loss" : "/unloss")).expectStatus().isOk();
    }

    private void kind(Card card, String kind) {
        admin.put("/api/cards/" + card.id() + "/kind", Map.of("kind", kind)).expectStatus().isOk();
    }

    /** Fetches the whole list and its later changes; the version the terminal then holds. */
    private long upToDate(String list) throws Exception {
        WirePage p = page(list, 0, 999, 0);
        while (p.more() || p.cursor() > 0) {
            p = page(list, p.next(), 999, p.cursor());
        }
        return p.next();
    }

    private WirePage page(String list, long held, int max, long cursor) throws Exception {
        String query = String.format("%012d%03d", held, max) + (cursor > 0 ? String.format("%012d", cursor) : "");
        IsoMessage reply = terminal.exchange(request(list, query));
        assertThat(reply.mti()).isEqualTo("0310");
        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(reply.text(91)).isEqualTo("5");
        assertThat(reply.text(101)).isEqualTo(list);
        return WirePage.parse(reply.text(62));
    }

    private IsoMessage request(String list, String query) {
        return IsoMessage.builder("0300").set(11, String.format("%06d", ++trace)).set(41, fixture.code).set(91, "5")
                .set(101, list).set(62, query).build();
    }

    private void insertChange(String kind, String value, String action) {
        insertChange(kind, value, action, Instant.now().minusSeconds(1));
    }

    private void insertChange(String kind, String value, String action, Instant at) {
        db.sql("INSERT INTO list_change (serial, list_kind, action, changed_at) VALUES (:v, :k, :a, :at)")
                .bind("v", value).bind("k", kind).bind("a", action).bind("at", Utc.toDb(at)).then().block();
    }

    private Map<String, Long> heldVersions() {
        return db.sql("SELECT list_kind, held_version FROM terminal_list_version WHERE terminal_id = :t")
                .bind("t", terminalId)
                .map(r -> Map.entry(r.get("list_kind", String.class), r.get("held_version", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue).block();
    }
}
