package org.onecard.cards.domain;

import org.onecard.common.error.ResultCode;

/** The answer of a lifecycle rule: the status the card moves to, or why it may not. */
public sealed interface Transition {

    record Allowed(CardStatus to) implements Transition {
    }

    record Refused(ResultCode code, String detail) implements Transition {
    }
}
