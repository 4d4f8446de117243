package org.onecard.people.domain;

import org.onecard.common.outcome.Outcome;

/**
 * What an operator fills in for a person, apart from the employee number (which is given once
 * at creation and never changes: it names the person's photo and follows them into the
 * resigned library and back).
 *
 * @param cardTypeId a card type (卡类) of the rules capability; the register checks it exists
 */
public record PersonDraft(String name, long orgUnitId, Long groupId, Long cardTypeId, String phone, String idNumber,
                          Gender gender) {

    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE = 32;

    /** The draft as stored: text trimmed, blanks turned to null, the ID number normalised; or why not. */
    public Outcome<PersonDraft> check() {
        Outcome<String> checkedName = Names.check("name", name, MAX_NAME);
        if (!(checkedName instanceof Outcome.Done<String> trimmedName)) {
            return ((Outcome.Refused<String>) checkedName).cast();
        }
        String cleanPhone = blankToNull(phone);
        if (cleanPhone != null && (cleanPhone.length() > MAX_PHONE || !cleanPhone.matches("[0-9+() -]+"))) {
            return Outcome.invalid("phone", "must be up to " + MAX_PHONE + " digits, spaces, +, -, ( or )");
        }
        String cleanId = blankToNull(idNumber);
        if (cleanId != null) {
            var normalised = IdNumbers.normalise(cleanId);
            if (normalised.isEmpty()) {
                return Outcome.invalid("idNumber", "must be an 18-character resident ID number");
            }
            cleanId = normalised.get();
        }
        if (cardTypeId != null && cardTypeId <= 0) {
            return Outcome.invalid("cardTypeId", "must be a positive id");
        }
        return Outcome.done(new PersonDraft(trimmedName.value(), orgUnitId, groupId, cardTypeId, cleanPhone, cleanId, gender));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
