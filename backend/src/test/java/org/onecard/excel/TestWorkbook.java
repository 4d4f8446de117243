package org.onecard.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds real workbooks in memory for tests. Cell values: String → text, Number → numeric,
 * LocalDate / LocalDateTime → a date-formatted numeric cell, Boolean, FormulaError → an error
 * cell, null → no cell.
 */
public final class TestWorkbook {

    private final Workbook workbook;
    private final CellStyle dateStyle;
    private Sheet sheet;
    private int nextRow;

    private TestWorkbook(Workbook workbook) {
        this.workbook = workbook;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    public static TestWorkbook xlsx() {
        return new TestWorkbook(new XSSFWorkbook());
    }

    public static TestWorkbook xls() {
        return new TestWorkbook(new HSSFWorkbook());
    }

    /** Written by POI's streaming writer, which stores text as inline strings, not shared ones. */
    public static TestWorkbook streamingXlsx() {
        return new TestWorkbook(new SXSSFWorkbook());
    }

    public static TestWorkbook of(Supplier<Workbook> workbook) {
        return new TestWorkbook(workbook.get());
    }

    public Workbook workbook() {
        return workbook;
    }

    public TestWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        return this;
    }

    public TestWorkbook row(Object... values) {
        return rowAt(nextRow, values);
    }

    /** A row at a 0-based index, leaving the rows between blank. */
    public TestWorkbook rowAt(int index, Object... values) {
        if (sheet == null) {
            sheet("Sheet1");
        }
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                set(row.createCell(i), values[i]);
            }
        }
        nextRow = index + 1;
        return this;
    }

    public byte[] bytes() {
        if (sheet == null) {
            sheet("Sheet1");
        }
        try (Workbook closing = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            closing.write(out);
            if (closing instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void set(Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof FormulaError error) {
            cell.setCellErrorValue(error.getCode());
        } else {
            throw new IllegalArgumentException("unsupported test cell " + value);
        }
    }
}
