package org.onecard.cards.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.reader.CardSerials;

/**
 * What may stand for a card wherever a card serial is accepted (DOMAIN §4: "card serial or face
 * id"). Plain text is what a reader or a face terminal sends: a live card's serial, a card
 * number, or a face id; a person is named explicitly, {@code P:<person id>} or
 * {@code E:<employee number>}, because bare digits could as well be a card number. Plain text
 * that names two different things is refused rather than guessed.
 */
public final class Credentials {

    public static final String FIELD = "input";
    private static final Pattern PERSON_ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern EMPLOYEE_NO = Pattern.compile("[0-9A-Z]{1,32}");

    private Credentials() {
    }

    public enum Form { SERIAL, CARD_NO, FACE_ID, PERSON_ID, EMPLOYEE_NO }

    /** @param explicit PERSON_ID or EMPLOYEE_NO for a prefixed input; null for plain reader text */
    public record Input(String text, Form explicit) {
    }

    /** One thing the input named: a person's card in use, or a person who holds none ({@code card} null). */
    public record Match(Form form, long personId, CardRecord card) {
    }

    /** The input normalized as a desk reader's (no whitespace, upper case), with its form if explicit. */
    public static Outcome<Input> parse(String typed) {
        String text = CardSerials.normalize(typed);
        if (text.isEmpty()) {
            return Outcome.invalid(FIELD, "is required");
        }
        if (text.startsWith("P:")) {
            return explicit(text.substring(2), PERSON_ID, Form.PERSON_ID, "P: must be followed by a person id");
        }
        if (text.startsWith("E:")) {
            return explicit(text.substring(2), EMPLOYEE_NO, Form.EMPLOYEE_NO,
                    "E: must be followed by an employee number");
        }
        return Outcome.done(new Input(text, null));
    }

    /** The person's card in use: the newest one that is normal, lost or frozen (the state rules refuse the last two). */
    public static CardRecord cardInUse(List<CardRecord> cards) {
        CardRecord inUse = null;
        for (CardRecord card : cards) {
            boolean live = card.status() == CardStatus.NORMAL || card.status() == CardStatus.LOST
                    || card.status() == CardStatus.FROZEN;
            if (live && (inUse == null || card.id() > inUse.id())) {
                inUse = card;
            }
        }
        return inUse;
    }

    /** The one match, or why there is none to use. */
    public static Outcome<Match> choose(String text, List<Match> matches) {
        Map<String, Match> targets = new LinkedHashMap<>();
        for (Match m : matches) {
            targets.putIfAbsent(m.card() == null ? "person " + m.personId() : "card " + m.card().id(), m);
        }
        if (targets.isEmpty()) {
            return Outcome.notFound("Card, face or person " + text);
        }
        if (targets.size() > 1) {
            String which = matches.stream().map(m -> m.form().name()).distinct().collect(Collectors.joining(", "));
            return Outcome.refused(ResultCode.CREDENTIAL_AMBIGUOUS, text + " names more than one card (as " + which
                    + "); use P:<person id> or E:<employee number>");
        }
        Match match = targets.values().iterator().next();
        if (match.card() == null) {
            return Outcome.refused(ResultCode.PERSON_HAS_NO_CARD, "Person " + match.personId() + " holds no card in use");
        }
        return Outcome.done(match);
    }

    private static Outcome<Input> explicit(String rest, Pattern shape, Form form, String message) {
        return shape.matcher(rest).matches() ? Outcome.done(new Input(rest, form)) : Outcome.invalid(FIELD, message);
    }
}
