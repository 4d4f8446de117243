package org.onecard.rules.domain;

/** A stored card type: its id and rules. */
public record CardType(long id, CardTypeRules rules) {
}
