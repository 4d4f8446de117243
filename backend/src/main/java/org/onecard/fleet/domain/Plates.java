package org.onecard.fleet.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chinese vehicle plates (号牌, GA 36): a province's character, the issuing office's letter, then five
 * letters or digits (I and O are never used; the last may be 挂 学 警 港 澳), or six for a new-energy
 * plate: a small car's energy letter first (D, F, or since 2022 the other letters A to K) and four
 * digits last, a large vehicle's five digits then its energy letter.
 */
public final class Plates {

    public static final int MAX_LENGTH = 8;

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String LETTER = "[A-HJ-NP-Z]";
    private static final String CHAR = "[A-HJ-NP-Z0-9]";
    private static final Pattern PLATE = Pattern.compile("[" + PROVINCES + "]" + LETTER + "(?:"
            + CHAR + "{5}" + "|" + CHAR + "{4}[挂学警港澳]"
            + "|[A-HJK]" + CHAR + "[0-9]{4}" + "|[0-9]{5}[A-HJK])");
    /** Separators people type inside a plate: spaces, dots, hyphens. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s·•.\\-]");

    private Plates() {
    }

    /** The plate as stored (full-width folded, upper case, no separators), or empty when it is no plate. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String plate = SEPARATORS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        return plate.length() <= MAX_LENGTH && PLATE.matcher(plate).matches() ? Optional.of(plate) : Optional.empty();
    }
}
