package org.onecard.excel.cardcentre;

import java.util.Arrays;
import org.onecard.excel.column.Choice;

/** How an imported subsidy meets the subsidy wallet (DOMAIN §3). */
public enum SubsidyMode {
    /** 累加: added to the subsidy wallet. */
    CUMULATIVE("1", "累加"),
    /** 清零: the subsidy wallet is cleared, then set to the new amount. */
    RESET("2", "清零");

    private final String code;
    private final String label;

    SubsidyMode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    @SuppressWarnings("unchecked")
    static Choice<SubsidyMode>[] choices() {
        return Arrays.stream(values()).map(m -> new Choice<>(m, m.code, m.label)).toArray(Choice[]::new);
    }
}
