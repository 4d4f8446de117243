package org.onecard.cards.domain;

/** A card's stored status (DOMAIN §2). EXPIRED is derived from the expiry date, never stored. */
public enum CardStatus {
    NORMAL,
    LOST,
    FROZEN,
    CANCELLED,
    REPLACED,
    EXPIRED
}
