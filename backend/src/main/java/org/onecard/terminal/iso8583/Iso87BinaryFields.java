package org.onecard.terminal.iso8583;

import static org.onecard.terminal.iso8583.FieldSpec.Length.FIXED;
import static org.onecard.terminal.iso8583.FieldSpec.Length.LL;
import static org.onecard.terminal.iso8583.FieldSpec.Length.LLL;
import static org.onecard.terminal.iso8583.FieldSpec.Type.AMOUNT;
import static org.onecard.terminal.iso8583.FieldSpec.Type.BINARY;
import static org.onecard.terminal.iso8583.FieldSpec.Type.NUMERIC;
import static org.onecard.terminal.iso8583.FieldSpec.Type.TEXT;

import java.util.ArrayList;
import java.util.List;

/**
 * Fields 2–128 as the generic 1987 binary packagers of common ISO 8583 libraries define them
 * (checked against jPOS's ISO87BPackager field list; no code taken), so an off-the-shelf
 * library on the terminal side talks to us unchanged.
 */
final class Iso87BinaryFields {

    private final List<FieldSpec> fields = new ArrayList<>(127);

    private Iso87BinaryFields() {
    }

    static List<FieldSpec> all() {
        Iso87BinaryFields t = new Iso87BinaryFields();
        t.basics();
        t.acceptorAndPrivate();
        t.secondary();
        t.reserved();
        return List.copyOf(t.fields);
    }

    private void basics() {
        add(2, NUMERIC, LL, 19, "Primary account number");
        add(3, NUMERIC, FIXED, 6, "Processing code");
        add(4, NUMERIC, FIXED, 12, "Amount, transaction");
        add(5, NUMERIC, FIXED, 12, "Amount, settlement");
        add(6, NUMERIC, FIXED, 12, "Amount, cardholder billing");
        add(7, NUMERIC, FIXED, 10, "Transmission date and time");
        add(8, NUMERIC, FIXED, 8, "Amount, cardholder billing fee");
        add(9, NUMERIC, FIXED, 8, "Conversion rate, settlement");
        add(10, NUMERIC, FIXED, 8, "Conversion rate, cardholder billing");
        add(11, NUMERIC, FIXED, 6, "System trace audit number");
        add(12, NUMERIC, FIXED, 6, "Time, local transaction (hhmmss)");
        add(13, NUMERIC, FIXED, 4, "Date, local transaction (MMDD)");
        add(14, NUMERIC, FIXED, 4, "Date, expiration");
        add(15, NUMERIC, FIXED, 4, "Date, settlement");
        add(16, NUMERIC, FIXED, 4, "Date, conversion");
        add(17, NUMERIC, FIXED, 4, "Date, capture");
        add(18, NUMERIC, FIXED, 4, "Merchant type");
        add(19, NUMERIC, FIXED, 3, "Acquiring institution country code");
        add(20, NUMERIC, FIXED, 3, "PAN extended country code");
        add(21, NUMERIC, FIXED, 3, "Forwarding institution country code");
        add(22, NUMERIC, FIXED, 3, "Point of service entry mode");
        add(23, NUMERIC, FIXED, 3, "Card sequence number");
        add(24, NUMERIC, FIXED, 3, "Network international identifier");
        add(25, NUMERIC, FIXED, 2, "Point of service condition code");
        add(26, NUMERIC, FIXED, 2, "Point of service PIN capture code");
        add(27, NUMERIC, FIXED, 1, "Authorization identification response length");
        add(28, AMOUNT, FIXED, 9, "Amount, transaction fee");
        add(29, AMOUNT, FIXED, 9, "Amount, settlement fee");
        add(30, AMOUNT, FIXED, 9, "Amount, transaction processing fee");
        add(31, AMOUNT, FIXED, 9, "Amount, settlement processing fee");
        add(32, NUMERIC, LL, 11, "Acquiring institution identification code");
        add(33, NUMERIC, LL, 11, "Forwarding institution identification code");
        add(34, TEXT, LL, 28, "Primary account number, extended");
        add(35, NUMERIC, LL, 37, "Track 2 data");
        add(36, TEXT, LLL, 104, "Track 3 data");
    }

    private void acceptorAndPrivate() {
        add(37, TEXT, FIXED, 12, "Retrieval reference number");
        add(38, TEXT, FIXED, 6, "Authorization identification response");
        add(39, TEXT, FIXED, 2, "Response code");
        add(40, TEXT, FIXED, 3, "Service restriction code");
        add(41, TEXT, FIXED, 8, "Card acceptor terminal identification");
        add(42, TEXT, FIXED, 15, "Card acceptor identification code");
        add(43, TEXT, FIXED, 40, "Card acceptor name/location");
        add(44, TEXT, LL, 25, "Additional response data");
        add(45, TEXT, LL, 76, "Track 1 data");
        add(46, TEXT, LLL, 999, "Additional data, ISO");
        add(47, TEXT, LLL, 999, "Additional data, national");
        add(48, TEXT, LLL, 999, "Additional data, private");
        add(49, TEXT, FIXED, 3, "Currency code, transaction");
        add(50, TEXT, FIXED, 3, "Currency code, settlement");
        add(51, TEXT, FIXED, 3, "Currency code, cardholder billing");
        add(52, BINARY, FIXED, 8, "Personal identification number data");
        add(53, NUMERIC, FIXED, 16, "Security related control information");
        add(54, TEXT, LLL, 120, "Additional amounts");
        add(55, TEXT, LLL, 999, "Reserved ISO");
        add(56, TEXT, LLL, 999, "Reserved ISO");
        for (int f = 57; f <= 59; f++) {
            add(f, TEXT, LLL, 999, "Reserved national");
        }
        for (int f = 60; f <= 63; f++) {
            add(f, TEXT, LLL, 999, "Reserved private");
        }
        add(64, BINARY, FIXED, 8, "Message authentication code");
    }

    private void secondary() {
        add(65, BINARY, FIXED, 1, "Bitmap, extended");
        add(66, NUMERIC, FIXED, 1, "Settlement code");
        add(67, NUMERIC, FIXED, 2, "Extended payment code");
        add(68, NUMERIC, FIXED, 3, "Receiving institution country code");
        add(69, NUMERIC, FIXED, 3, "Settlement institution country code");
        add(70, NUMERIC, FIXED, 3, "Network management information code");
        add(71, NUMERIC, FIXED, 4, "Message number");
        add(72, NUMERIC, FIXED, 4, "Message number, last");
        add(73, NUMERIC, FIXED, 6, "Date, action");
        String[] counts = {"Credits", "Credits reversal", "Debits", "Debits reversal", "Transfer",
                "Transfer reversal", "Inquiries", "Authorizations"};
        for (int i = 0; i < counts.length; i++) {
            add(74 + i, NUMERIC, FIXED, 10, counts[i] + ", number");
        }
        add(82, NUMERIC, FIXED, 12, "Credits, processing fee amount");
        add(83, NUMERIC, FIXED, 12, "Credits, transaction fee amount");
        add(84, NUMERIC, FIXED, 12, "Debits, processing fee amount");
        add(85, NUMERIC, FIXED, 12, "Debits, transaction fee amount");
        add(86, NUMERIC, FIXED, 16, "Credits, amount");
        add(87, NUMERIC, FIXED, 16, "Credits, reversal amount");
        add(88, NUMERIC, FIXED, 16, "Debits, amount");
        add(89, NUMERIC, FIXED, 16, "Debits, reversal amount");
        add(90, NUMERIC, FIXED, 42, "Original data elements");
        add(91, TEXT, FIXED, 1, "File update code");
        add(92, TEXT, FIXED, 2, "File security code");
        add(93, TEXT, FIXED, 6, "Response indicator");
        add(94, TEXT, FIXED, 7, "Service indicator");
        add(95, TEXT, FIXED, 42, "Replacement amounts");
        add(96, BINARY, FIXED, 16, "Message security code");
        add(97, AMOUNT, FIXED, 17, "Amount, net settlement");
        add(98, TEXT, FIXED, 25, "Payee");
        add(99, NUMERIC, LL, 11, "Settlement institution identification code");
        add(100, NUMERIC, LL, 11, "Receiving institution identification code");
        add(101, TEXT, LL, 17, "File name");
        add(102, TEXT, LL, 28, "Account identification 1");
        add(103, TEXT, LL, 28, "Account identification 2");
        add(104, TEXT, LLL, 100, "Transaction description");
    }

    private void reserved() {
        for (int f = 105; f <= 127; f++) {
            String use = f <= 111 ? "ISO" : f <= 119 ? "national" : "private";
            add(f, TEXT, LLL, 999, "Reserved " + use + " use");
        }
        add(128, BINARY, FIXED, 8, "Message authentication code (secondary)");
    }

    private void add(int number, FieldSpec.Type type, FieldSpec.Length length, int max, String description) {
        fields.add(new FieldSpec(number, type, length, max, description));
    }
}
