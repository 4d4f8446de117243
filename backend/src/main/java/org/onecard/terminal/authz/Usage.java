package org.onecard.terminal.authz;

import java.time.Instant;

/**
 * What the card has used before this request, from its booked consumptions. Amounts are what
 * those consumptions charged (the consumption's {@code amountFen}, after discount); counts
 * include count-only uses.
 *
 * @param todayCount     uses on the request's local day
 * @param todayAmountFen charged on the request's local day
 * @param mealCount      uses in the request's meal period today
 * @param mealAmountFen  charged in the request's meal period today
 * @param windowCount    uses today inside the group rule window that covers the request time
 *                       ({@link GroupWindows#at}); 0 when none covers it
 * @param lastUseAt      the card's last use on any terminal, or null if never
 */
public record Usage(int todayCount, long todayAmountFen, int mealCount, long mealAmountFen, int windowCount,
                    Instant lastUseAt) {

    public static Usage none() {
        return new Usage(0, 0, 0, 0, 0, null);
    }
}
