package org.onecard.terminal.authz;

import java.util.List;
import java.util.Map;

/**
 * The values a terminal's work modes price with; a mode reads only its own.
 *
 * @param fixedAmountFen FIXED: the one amount
 * @param segments       FIXED_BY_SEGMENT: amount per time segment of the day
 * @param keyValuesFen   KEY_VALUE: key number 1–99 → amount
 * @param tariff         TIMED: price per hour and rounding unit; null when not set
 * @param products       PRODUCT: barcode → price, for (at least) the barcodes the sale names; a
 *                       barcode missing here is not sold by the outlet
 */
public record ModeSettings(long fixedAmountFen, List<TimeSegment> segments, Map<Integer, Long> keyValuesFen,
                           TimedTariff tariff, Map<String, ProductPrice> products) {

    public ModeSettings {
        segments = segments == null ? List.of() : List.copyOf(segments);
        keyValuesFen = keyValuesFen == null ? Map.of() : Map.copyOf(keyValuesFen);
        products = products == null ? Map.of() : Map.copyOf(products);
    }

    public ModeSettings(long fixedAmountFen, List<TimeSegment> segments, Map<Integer, Long> keyValuesFen,
                        TimedTariff tariff) {
        this(fixedAmountFen, segments, keyValuesFen, tariff, Map.of());
    }

    public static ModeSettings none() {
        return new ModeSettings(0, List.of(), Map.of(), null, Map.of());
    }

    public ModeSettings withFixedAmount(long fen) {
        return new ModeSettings(fen, segments, keyValuesFen, tariff, products);
    }

    public ModeSettings withProducts(Map<String, ProductPrice> prices) {
        return new ModeSettings(fixedAmountFen, segments, keyValuesFen, tariff, prices);
    }
}
