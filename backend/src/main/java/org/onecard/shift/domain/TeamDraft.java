package org.onecard.shift.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;

/** A shift team as an operator enters it; the code is upper-cased and unique. */
public record TeamDraft(String code, String name, Long outletId) {

    public static final int MAX_CODE = 16;
    public static final int MAX_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1," + MAX_CODE + "}");

    public Outcome<TeamDraft> check() {
        String cleanCode = Texts.trimmed(code).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches()) {
            return Outcome.invalid("code", "must be 1 to " + MAX_CODE + " letters, digits, - or _");
        }
        String cleanName = Texts.trimmed(name);
        if (!Texts.isName(cleanName, MAX_NAME)) {
            return Outcome.invalid("name", "must be 1 to " + MAX_NAME + " characters");
        }
        if (outletId == null) {
            return Outcome.invalid("outletId", "is required");
        }
        return Outcome.done(new TeamDraft(cleanCode, cleanName, outletId));
    }
}
