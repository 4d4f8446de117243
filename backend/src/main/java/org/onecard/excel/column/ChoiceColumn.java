package org.onecard.excel.column;

import java.util.List;
import java.util.stream.Collectors;
import org.onecard.excel.report.Issue;
import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.Texts;

/** One of a fixed set of values, written as its code ("1") or its label ("累加"). */
public record ChoiceColumn<E>(ColumnHeader header, List<Choice<E>> choices) implements Column<E> {

    public ChoiceColumn {
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a choice column needs choices");
        }
    }

    @Override
    public CellResult<E> read(CellValue cell) {
        var problem = CellChecks.precheck(header, cell);
        if (problem.isPresent()) {
            return CellResult.bad(problem.get());
        }
        String text = Texts.folded(cell.asText());
        for (Choice<E> choice : choices) {
            if (text.equalsIgnoreCase(choice.code()) || text.equals(choice.label())) {
                return CellResult.ok(choice.value());
            }
        }
        return CellResult.bad(header.reason(Issue.NOT_A_CHOICE, allowed()));
    }

    @Override
    public ColumnRule rule() {
        List<String> labels = choices.stream().map(Choice::label).toList();
        return new ColumnRule(CellFormat.CHOICE, true, "填 " + allowed(), labels);
    }

    /** "1/累加, 2/清零". */
    private String allowed() {
        return choices.stream().map(c -> c.code() + "/" + c.label()).collect(Collectors.joining(", "));
    }
}
