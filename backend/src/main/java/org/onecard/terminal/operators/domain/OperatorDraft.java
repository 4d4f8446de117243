package org.onecard.terminal.operators.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onecard.common.error.FieldProblem;

/** What the card centre gives for a new operator; {@link #problems()} lists what is wrong with it. */
public record OperatorDraft(String operatorNo, String name, String password) {

    public static final int MAX_NAME = 50;
    private static final Pattern NUMBER = Pattern.compile("[0-9]{2}");
    private static final Pattern PASSWORD = Pattern.compile("[0-9]{4,6}");

    public List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (operatorNo == null || !NUMBER.matcher(operatorNo).matches()) {
            out.add(new FieldProblem("operatorNo", "must be 2 digits (00 is the supervisor)"));
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            out.add(new FieldProblem("name", "is required, at most " + MAX_NAME + " characters"));
        }
        passwordProblem(password).ifPresent(out::add);
        return out;
    }

    /** A password is 4 to 6 digits: what a POS keypad takes and a PIN block carries. */
    public static Optional<FieldProblem> passwordProblem(String password) {
        return password != null && PASSWORD.matcher(password).matches() ? Optional.empty()
                : Optional.of(new FieldProblem("password", "must be 4 to 6 digits"));
    }
}
