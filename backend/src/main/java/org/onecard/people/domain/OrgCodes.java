package org.onecard.people.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Department codes encode the path from the root (DOMAIN §2): the root is {@code 0}; a child's
 * code is its parent's plus two digits, 01 to 99 ({@code 001}…{@code 099} under the root,
 * {@code 00301}…{@code 00399} under {@code 003}). Because the code is the path, a department
 * cannot move, and "X and everything under it" is "codes starting with X's code".
 */
public final class OrgCodes {

    public static final String ROOT = "0";
    public static final int MAX_CHILDREN = 99;
    /** The org_unit.code column: the root plus fifteen levels. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern SUFFIX = Pattern.compile("(0[1-9]|[1-9][0-9])");

    private OrgCodes() {
    }

    /** The two-digit suffix as a number 1..99, or empty when it is not exactly that. */
    public static OptionalInt parseSuffix(String suffix) {
        if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(suffix));
    }

    public static String childCode(String parentCode, int suffix) {
        if (suffix < 1 || suffix > MAX_CHILDREN) {
            throw new IllegalArgumentException("suffix must be 1..99, not " + suffix);
        }
        return parentCode + (suffix < 10 ? "0" : "") + suffix;
    }

    /** Whether a child of this parent would still fit the code column. */
    public static boolean hasRoomBelow(String parentCode) {
        return parentCode.length() + 2 <= MAX_LENGTH;
    }

    /**
     * The lowest suffix no child uses yet, so gaps left by deleted departments are filled
     * before the range runs out; empty when all 99 are taken.
     */
    public static OptionalInt nextFreeSuffix(String parentCode, Collection<String> childCodes) {
        Set<Integer> taken = new HashSet<>();
        for (String code : childCodes) {
            if (code.length() == parentCode.length() + 2 && code.startsWith(parentCode)) {
                parseSuffix(code.substring(parentCode.length())).ifPresent(taken::add);
            }
        }
        for (int suffix = 1; suffix <= MAX_CHILDREN; suffix++) {
            if (!taken.contains(suffix)) {
                return OptionalInt.of(suffix);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether {@code code} is {@code ancestorCode} itself or lies anywhere below it. */
    public static boolean isWithin(String code, String ancestorCode) {
        return code.startsWith(ancestorCode);
    }
}
