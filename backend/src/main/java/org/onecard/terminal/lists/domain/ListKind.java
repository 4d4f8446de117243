package org.onecard.terminal.lists.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists terminals download. The names are {@code list_change.list_kind} and the file name a
 * terminal sends in ISO 8583 field 101. A whitelist and a blacklist entry is a card serial; a FACE
 * entry is a face id; ADMIN_CARD, OPERATOR_CARD and SHIFT_CARD entries are the serials of the cards that
 * unlock a terminal's menu (SHIFT_CARD: a dispenser's shift hand-over) (§2.8; written by {@code org.onecard.cards.CardKinds}).
 */
public enum ListKind {
    WHITELIST,
    BLACKLIST,
    FACE,
    ADMIN_CARD,
    OPERATOR_CARD,
    SHIFT_CARD;

    /** The list with exactly this name; empty for any other text. */
    public static Optional<ListKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
