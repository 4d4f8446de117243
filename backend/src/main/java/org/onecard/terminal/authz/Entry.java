package org.onecard.terminal.authz;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What the terminal sent for its work mode. */
public sealed interface Entry {

    /**
     * FREE_AMOUNT: the keyed amount. The fixed modes and COUNT_ONLY accept it too when it is 0 (no
     * amount) or equals their own amount.
     */
    record Amount(long amountFen) implements Entry {
    }

    /** KEY_VALUE: the preset key pressed, 1–99. */
    record Key(int keyNo) implements Entry {
    }

    /** PRODUCT: the scanned items; their prices come from the outlet's products ({@link ModeSettings#products}). */
    record Products(List<SaleItem> items) implements Entry {

        public Products {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** TIMED: how long the session lasted. */
    record Timed(Duration duration) implements Entry {
    }

    /** FIXED, FIXED_BY_SEGMENT and COUNT_ONLY: the terminal sends no amount of its own. */
    record Nothing() implements Entry {
    }

    /**
     * A key, products or a duration sent together with the amount the terminal worked out for it:
     * that amount must be the one the server works out, so a terminal with stale prices is refused
     * rather than silently overruled.
     */
    record Shown(Entry entry, long amountFen) implements Entry {

        public Shown {
            Objects.requireNonNull(entry, "entry");
        }
    }
}
