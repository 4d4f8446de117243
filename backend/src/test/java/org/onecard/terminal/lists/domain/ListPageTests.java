package org.onecard.terminal.lists.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.lists.domain.ListEntry.Change;

class ListPageTests {

    @Test
    void aQueryIs15Or27DigitsWithItsCursorNotBeyondItsVersion() {
        assertThat(ListQuery.parse("000000000042010")).contains(new ListQuery(42, 10, 0));
        assertThat(ListQuery.parse("000000000042010000000000040")).contains(new ListQuery(42, 10, 40));
        assertThat(ListQuery.parse("000000000042010000000000043")).isEmpty();
        assertThat(ListQuery.parse("00000000004201")).isEmpty();
        assertThat(ListQuery.parse("0000000000420101")).isEmpty();
        assertThat(ListQuery.parse("00000000004201X")).isEmpty();
        assertThat(ListQuery.parse(null)).isEmpty();
        assertThat(new ListQuery(42, 10, 40).encode()).isEqualTo("000000000042010000000000040");
    }

    @Test
    void theHeaderThenEachEntryAsCodeLengthValue() {
        ListPage page = ListPage.changes(new ListQuery(5, 10, 0),
                List.of(new ListEntry(6, Change.ADD, "04A1B2C9"), new ListEntry(9, Change.DELETE, "77")), 10, 9);

        assertThat(page.encode()).isEqualTo("DN" + "000000000009" + "000000000009" + "000000000000" + "002"
                + "10804A1B2C9" + "30277");
    }

    @Test
    void changesBeyondWhatWasAskedFollowOnTheNextPage() {
        List<ListEntry> rows = List.of(entry(6), entry(7), entry(8));

        ListPage page = ListPage.changes(new ListQuery(5, 2, 0), rows, 2, 20);

        assertThat(page.entries()).extracting(ListEntry::version).containsExactly(6L, 7L);
        assertThat(page.more()).isTrue();
        assertThat(page.next()).isEqualTo(7);
        assertThat(page.latest()).isEqualTo(20);
    }

    @Test
    void aPageStopsBeforeField62Overflows() {
        List<ListEntry> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(new ListEntry(i, Change.ADD, "X".repeat(ListEntry.MAX_VALUE)));
        }

        ListPage page = ListPage.changes(new ListQuery(0, 999, 0), rows, 239, 40);

        assertThat(page.encode().length()).isLessThanOrEqualTo(ListPage.MAX_TEXT);
        assertThat(page.entries()).hasSize((ListPage.MAX_TEXT - 41) / (3 + ListEntry.MAX_VALUE));
        assertThat(page.more()).isTrue();
        assertThat(page.next()).isEqualTo(page.entries().get(page.entries().size() - 1).version());
    }

    @Test
    void aValueNoTerminalCanHoldIsPassedOverButTheVersionMovesOn() {
        List<ListEntry> rows = List.of(new ListEntry(6, Change.ADD, "卡号"), new ListEntry(7, Change.ADD, ""));

        ListPage page = ListPage.changes(new ListQuery(5, 10, 0), rows, 10, 7);

        assertThat(page.entries()).isEmpty();
        assertThat(page.next()).isEqualTo(7);
        assertThat(page.more()).isFalse();
    }

    @Test
    void aWholeListPageCarriesTheCursorUntilItsLastPage() {
        ListPage middle = ListPage.wholeList(30, List.of(entry(3), entry(9), entry(12)), 2, 30);
        ListPage end = ListPage.wholeList(30, List.of(entry(12)), 2, 35);

        assertThat(middle.mode()).isEqualTo(ListPage.WHOLE_LIST);
        assertThat(middle.cursor()).isEqualTo(9);
        assertThat(middle.next()).isEqualTo(30);
        assertThat(middle.more()).isTrue();
        assertThat(end.cursor()).isZero();
        assertThat(end.next()).isEqualTo(30);
        assertThat(end.more()).as("changes after the list's version follow").isTrue();
    }

    @Test
    void anAcknowledgementSaysWhetherThereIsMore() {
        assertThat(ListPage.acknowledgement(new ListQuery(30, 0, 0), 30).more()).isFalse();
        assertThat(ListPage.acknowledgement(new ListQuery(30, 0, 0), 31).more()).isTrue();
        assertThat(ListPage.acknowledgement(new ListQuery(30, 0, 12), 30).more()).isTrue();
        assertThat(ListPage.acknowledgement(new ListQuery(30, 0, 0), 31).entries()).isEmpty();
    }

    @Test
    void actionsMapToFileUpdateCodes() {
        assertThat(Change.ofAction("ADD").wire()).isEqualTo('1');
        assertThat(Change.ofAction("REPLACE").wire()).isEqualTo('2');
        assertThat(Change.ofAction("REMOVE").wire()).isEqualTo('3');
        assertThat(ListKind.named("BLACKLIST")).contains(ListKind.BLACKLIST);
        assertThat(ListKind.named("blacklist")).isEmpty();
    }

    private static ListEntry entry(long version) {
        return new ListEntry(version, Change.ADD, "S" + version);
    }
}
