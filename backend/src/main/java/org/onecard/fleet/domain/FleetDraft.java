package org.onecard.fleet.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;

/** A fleet company's details as an operator enters them; the code is upper-cased and fixed once stored. */
public record FleetDraft(String code, String name, String contactName, String phone, String address,
                         FleetState state) {

    public static final int MAX_CODE = 16;
    public static final int MAX_NAME = 100;
    public static final int MAX_CONTACT = 50;
    public static final int MAX_PHONE = 32;
    public static final int MAX_ADDRESS = 200;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1," + MAX_CODE + "}");

    /** The draft as stored (trimmed, blanks as null, code upper case, ACTIVE unless said), or why not. */
    public Outcome<FleetDraft> check() {
        String cleanCode = Texts.trimmed(code).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches()) {
            return Outcome.invalid("code", "must be 1 to " + MAX_CODE + " letters, digits, - or _");
        }
        String cleanName = Texts.trimmed(name);
        if (!Texts.isName(cleanName, MAX_NAME)) {
            return Outcome.invalid("name", "must be 1 to " + MAX_NAME + " characters, without control characters");
        }
        String cleanContact = Texts.blankToNull(contactName);
        if (cleanContact != null && !Texts.isName(cleanContact, MAX_CONTACT)) {
            return Outcome.invalid("contactName", "must be at most " + MAX_CONTACT + " characters");
        }
        String cleanPhone = Texts.blankToNull(phone);
        if (cleanPhone != null && !Texts.isPhone(cleanPhone, MAX_PHONE)) {
            return Outcome.invalid("phone", "must be up to " + MAX_PHONE + " digits, spaces, +, -, ( or )");
        }
        String cleanAddress = Texts.blankToNull(address);
        if (cleanAddress != null && !Texts.isName(cleanAddress, MAX_ADDRESS)) {
            return Outcome.invalid("address", "must be at most " + MAX_ADDRESS + " characters");
        }
        return Outcome.done(new FleetDraft(cleanCode, cleanName, cleanContact, cleanPhone, cleanAddress,
                state == null ? FleetState.ACTIVE : state));
    }
}
