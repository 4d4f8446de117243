package org.onecard.identity.matrix;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call one endpoint, as the matrix file says it: the kind of caller and, for operators,
 * the permissions the handler's {@code @PreAuthorize} asks for ({@code a|b} any of them,
 * {@code a&b} all of them, blank none beyond being an operator).
 */
record Access(Kind kind, String permission) {

    enum Kind {
        /** Anyone, signed in or not (sign-in, metadata, gateway notifications, docs). */
        PUBLIC,
        /** A signed-in operator with the permission, if one is named. */
        OPERATOR,
        /** A signed-in cardholder (the mobile page). */
        CARDHOLDER,
        /** Another instance signing the request with its site secret. */
        SITE
    }

    private static final Pattern AUTHORITY = Pattern.compile("hasAuthority\\('([a-z]+:[a-z]+)'\\)");

    Access {
        permission = permission == null ? "" : permission.strip();
        if (!permission.isEmpty() && kind != Kind.OPERATOR) {
            throw new IllegalArgumentException("Only operator endpoints name a permission: " + kind + " " + permission);
        }
        if (permission.contains("|") && permission.contains("&")) {
            throw new IllegalArgumentException("Mixing | and & needs brackets the matrix does not have: " + permission);
        }
    }

    /** Whether an operator with these permissions passes the permission check. */
    boolean grants(Set<String> permissions) {
        if (permission.isEmpty()) {
            return true;
        }
        List<String> named = Arrays.stream(permission.split("[|&]")).map(String::strip).toList();
        return permission.contains("&") ? permissions.containsAll(named) : named.stream().anyMatch(permissions::contains);
    }

    /**
     * The matrix form of a {@code @PreAuthorize} expression, or null when it uses more than
     * {@code hasAuthority('...')} joined by one kind of {@code and}/{@code or} (the matrix cannot say it).
     */
    static String fromExpression(String expression) {
        if (expression == null || expression.isBlank()) {
            return "";
        }
        String s = expression.strip();
        String joiner = s.contains(" or ") ? " or " : " and ";
        if (s.contains(" or ") && s.contains(" and ")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String part : s.split(joiner)) {
            Matcher m = AUTHORITY.matcher(part.strip());
            if (!m.matches()) {
                return null;
            }
            out.append(out.isEmpty() ? "" : joiner.equals(" or ") ? "|" : "&").append(m.group(1));
        }
        return out.toString();
    }
}
