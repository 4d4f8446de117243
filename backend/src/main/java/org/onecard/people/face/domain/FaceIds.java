package org.onecard.people.face.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Face ids: what a face terminal sends after it matched a face. They are random rather than
 * derived from the person id, so holding one tells nothing about other people; "F" plus fifteen
 * Crockford base-32 characters (no I, L, O or U) reads back unambiguously from a screen or log.
 */
public final class FaceIds {

    public static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("F[0-9A-HJKMNP-TV-Z]{15}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FaceIds() {
    }

    public static String next() {
        StringBuilder id = new StringBuilder(LENGTH).append('F');
        for (int i = 1; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** Whether the (normalized, upper-case) text has the shape of a face id. */
    public static boolean looksLike(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
