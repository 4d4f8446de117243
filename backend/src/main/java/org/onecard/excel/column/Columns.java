package org.onecard.excel.column;

import java.util.List;
import java.util.Optional;

/** Factories for the column readers; every reader returns a value or a reason, never throws. */
public final class Columns {

    private Columns() {
    }

    public static TextColumn text(ColumnHeader header, int maxLength) {
        return TextColumn.of(header, maxLength);
    }

    public static IntegerColumn integer(ColumnHeader header, long min, long max) {
        return new IntegerColumn(header, min, max);
    }

    /** Yuan to non-negative fen; see {@link AmountColumn#allowingNegative()}. */
    public static AmountColumn amountFen(ColumnHeader header) {
        return AmountColumn.of(header);
    }

    public static DateColumn date(ColumnHeader header) {
        return new DateColumn(header);
    }

    @SafeVarargs
    public static <E> ChoiceColumn<E> choice(ColumnHeader header, Choice<E>... choices) {
        return new ChoiceColumn<>(header, List.of(choices));
    }

    public static <T> Column<Optional<T>> optional(Column<T> column) {
        return new OptionalColumn<>(column);
    }

    /** Blank reads as {@code whenBlank}, described for the template as {@code whenBlankZh} ("0", "累加"). */
    public static <T> Column<T> orElse(Column<T> column, T whenBlank, String whenBlankZh) {
        return new DefaultingColumn<>(column, whenBlank, whenBlankZh);
    }
}
