package org.onecard.fleet.domain;

import java.util.Optional;
import org.onecard.people.domain.IdNumbers;

/**
 * A driver's resident ID number: the shape people's {@link IdNumbers} accepts, and unlike a person's
 * (where the card centre catches typos) its check digit must match (GB 11643): the plate, the driver
 * and the number are what a station checks against the driving licence.
 */
public final class DriverIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private DriverIds() {
    }

    public static Optional<String> normalise(String raw) {
        return IdNumbers.normalise(raw).filter(DriverIds::checkDigitMatches);
    }

    static boolean checkDigitMatches(String id) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return id.charAt(17) == CHECK.charAt(sum % 11);
    }
}
