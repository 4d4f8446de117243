package org.onecard.terminal.authz;

import java.time.Duration;
import java.util.List;

/** What the terminal sent for its work mode. */
public sealed interface Entry {

    /** FREE_AMOUNT: the keyed amount; also accepted by the fixed modes if it equals their amount. */
    record Amount(long amountFen) implements Entry {
    }

    /** KEY_VALUE: the preset key pressed, 1–99. */
    record Key(int keyNo) implements Entry {
    }

    /** PRODUCT: the scanned lines. */
    record Products(List<ProductLine> lines) implements Entry {

        public Products {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** TIMED: how long the session lasted. */
    record Timed(Duration duration) implements Entry {
    }

    /** FIXED, FIXED_BY_SEGMENT and COUNT_ONLY: the terminal sends no amount of its own. */
    record Nothing() implements Entry {
    }
}
