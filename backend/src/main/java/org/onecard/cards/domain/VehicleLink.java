package org.onecard.cards.domain;

import java.time.LocalDate;

/** The vehicle a card is bound to, as the card is read: its plate and cylinder inspection due date. */
public record VehicleLink(long vehicleId, String plate, LocalDate cylinderDueOn) {
}
