package org.onecard.merchant.domain;

import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;

/** A merchant's details as an operator enters them. */
public record MerchantDraft(String name, String contactName, String phone) {

    public static final int MAX_NAME = 100;
    public static final int MAX_CONTACT = 50;
    public static final int MAX_PHONE = 32;

    /** The draft as stored (trimmed, blanks as null), or why not. */
    public Outcome<MerchantDraft> check() {
        String cleanName = Texts.trimmed(name);
        if (!Texts.isName(cleanName, MAX_NAME)) {
            return Outcome.invalid("name", "must be 1 to " + MAX_NAME + " characters, without control characters");
        }
        String cleanContact = Texts.blankToNull(contactName);
        if (cleanContact != null && !Texts.isName(cleanContact, MAX_CONTACT)) {
            return Outcome.invalid("contactName", "must be at most " + MAX_CONTACT
                    + " characters, without control characters");
        }
        String cleanPhone = Texts.blankToNull(phone);
        if (cleanPhone != null && !Texts.isPhone(cleanPhone, MAX_PHONE)) {
            return Outcome.invalid("phone", "must be up to " + MAX_PHONE + " digits, spaces, +, -, ( or )");
        }
        return Outcome.done(new MerchantDraft(cleanName, cleanContact, cleanPhone));
    }
}
