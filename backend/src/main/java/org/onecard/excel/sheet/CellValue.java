package org.onecard.excel.sheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One cell as the workbook holds it. Numbers keep the decimal that Java's shortest
 * round-trip form of the stored double gives ({@code BigDecimal.valueOf(double)}), so 1.005
 * typed in Excel is 1.005 here, never 1.00499999999999989…
 */
public sealed interface CellValue {

    Blank BLANK = new Blank();

    /** True for an empty cell and for text that is only white space. */
    default boolean isBlank() {
        return false;
    }

    /**
     * The cell as an operator reads it: text as typed, 123 for the number 123 (so a number in a
     * text column such as the employee number reads as its digits), 2026-12-31 for a date.
     */
    String asText();

    record Blank() implements CellValue {
        @Override
        public boolean isBlank() {
            return true;
        }

        @Override
        public String asText() {
            return "";
        }
    }

    /** Text as typed, untrimmed. */
    record Text(String text) implements CellValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public boolean isBlank() {
            return Texts.clean(text).isEmpty();
        }

        @Override
        public String asText() {
            return text;
        }
    }

    record Numeric(BigDecimal value) implements CellValue {
        public Numeric {
            Objects.requireNonNull(value, "value");
        }

        public static Numeric of(double value) {
            return new Numeric(BigDecimal.valueOf(value));
        }

        @Override
        public String asText() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /** A number in a cell formatted as a date or time. */
    record DateTime(LocalDateTime value) implements CellValue {
        public DateTime {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString()
                    : value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
    }

    record Bool(boolean value) implements CellValue {
        @Override
        public String asText() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A formula error such as {@code #DIV/0!} or {@code #N/A}. */
    record ErrorValue(String code) implements CellValue {
        public ErrorValue {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String asText() {
            return code;
        }
    }
}
