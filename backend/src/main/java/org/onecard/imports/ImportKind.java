package org.onecard.imports;

import java.util.Arrays;
import java.util.Optional;
import org.onecard.identity.Permissions;

/** The card centre's Excel imports (DOMAIN §7), as named in the URL. */
public enum ImportKind {
    DEPARTMENTS("departments", Permissions.PEOPLE_MANAGE, false),
    PEOPLE("people", Permissions.PEOPLE_MANAGE, false),
    RECHARGES("recharges", Permissions.MONEY_COUNTER, true),
    REFUNDS("refunds", Permissions.MONEY_COUNTER, true);

    private final String path;
    private final String permission;
    private final boolean money;

    ImportKind(String path, String permission, boolean money) {
        this.path = path;
        this.permission = permission;
        this.money = money;
    }

    public String path() {
        return path;
    }

    public String permission() {
        return permission;
    }

    /** Money kinds need an Idempotency-Key and keep import versions. */
    public boolean money() {
        return money;
    }

    public static Optional<ImportKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
