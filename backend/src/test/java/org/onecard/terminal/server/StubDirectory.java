package org.onecard.terminal.server;

import java.util.Arrays;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalDirectory;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;
import reactor.core.publisher.Mono;

/**
 * Fixed terminals: machine 1 (serial SN0001, key 00 01 … 1F), machine 2 (disabled), machines
 * 100–199 (serial SN0100 …, key = 32 bytes of the machine number). Other codes are unknown.
 */
final class StubDirectory implements TerminalDirectory {

    static final String T1 = TerminalAuth.codeOf(1);
    static final String DISABLED = TerminalAuth.codeOf(2);
    static final String UNKNOWN = TerminalAuth.codeOf(999);
    static final byte[] KEY1 = key1();

    @Override
    public Mono<TerminalAuth> byCode(String code) {
        int machine;
        try {
            machine = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return Mono.empty();
        }
        if (machine == 1 || machine == 2 || machine >= 100 && machine <= 199) {
            return Mono.just(auth(machine));
        }
        return Mono.empty();
    }

    static TerminalAuth auth(int machine) {
        return new TerminalAuth(machine, TerminalAuth.codeOf(machine), machine, serial(machine), 7L,
                TerminalPurpose.CONSUMPTION, WorkMode.FREE_AMOUNT, machine != 2, key(machine));
    }

    static String serial(int machine) {
        return String.format("SN%04d", machine);
    }

    static byte[] key(int machine) {
        if (machine == 1) {
            return KEY1.clone();
        }
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) machine);
        return key;
    }

    private static byte[] key1() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        return key;
    }
}
