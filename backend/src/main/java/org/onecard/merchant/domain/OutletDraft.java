package org.onecard.merchant.domain;

import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;

/** An outlet's details as an operator enters them. */
public record OutletDraft(String name, OutletKind kind) {

    public static final int MAX_NAME = 100;

    public Outcome<OutletDraft> check() {
        String cleanName = Texts.trimmed(name);
        if (!Texts.isName(cleanName, MAX_NAME)) {
            return Outcome.invalid("name", "must be 1 to " + MAX_NAME + " characters, without control characters");
        }
        if (kind == null) {
            return Outcome.invalid("kind", "is required");
        }
        return Outcome.done(new OutletDraft(cleanName, kind));
    }
}
