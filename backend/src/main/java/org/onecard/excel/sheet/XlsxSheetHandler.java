package org.onecard.excel.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as a stream, so a sheet with a million rows costs no more than the
 * rows before the limit: the handler stops one row past it ({@link Stop}).
 */
final class XlsxSheetHandler extends DefaultHandler {

    /** Thrown to end parsing early once the row limit has been passed. */
    static final class Stop extends SAXException {
        Stop() {
            super("row limit passed");
        }
    }

    /** Excel's own limit on the characters in one cell; nothing longer is kept. */
    private static final int MAX_CELL_CHARS = 32_767;

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final int maxColumns;
    private final RowCollector rows;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder text = new StringBuilder();

    private int rowNumber;
    private List<CellValue> cells = new ArrayList<>();
    private int column = -1;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInlineString;
    private boolean inInlineText;
    private boolean inPhonetic;

    XlsxSheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, int maxColumns, RowCollector rows) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.maxColumns = maxColumns;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> inValue = true;
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInlineString && !inPhonetic;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inInlineText) && text.length() < MAX_CELL_CHARS) {
            text.append(ch, start, Math.min(length, MAX_CELL_CHARS - text.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInlineString = false;
            case "c" -> store(cellValue());
            case "row" -> endRow();
            default -> { }
        }
    }

    private void startRow(String reference) {
        rowNumber = reference == null ? rowNumber + 1 : parseIntOr(reference, rowNumber + 1);
        cells = new ArrayList<>();
        column = -1;
    }

    private void endRow() throws Stop {
        if (!rows.add(new SheetRow(rowNumber, cells))) {
            throw new Stop();
        }
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference == null ? column + 1 : columnIndex(reference);
        type = attributes.getValue("t");
        String styleIndex = attributes.getValue("s");
        style = styleIndex == null ? 0 : parseIntOr(styleIndex, 0);
        text.setLength(0);
    }

    private void store(CellValue value) {
        if (column < 0 || column >= maxColumns) {
            return;
        }
        while (cells.size() <= column) {
            cells.add(CellValue.BLANK);
        }
        cells.set(column, value);
    }

    private CellValue cellValue() {
        String raw = text.toString();
        return switch (type == null ? "n" : type) {
            case "s" -> raw.isBlank() ? CellValue.BLANK : new CellValue.Text(sharedString(raw));
            case "inlineStr", "str" -> new CellValue.Text(raw);
            case "b" -> new CellValue.Bool("1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()));
            case "e" -> new CellValue.ErrorValue(raw.trim());
            case "d" -> isoDate(raw);
            default -> number(raw);
        };
    }

    /** Cells of type "d" hold ISO 8601 text; rare, but valid OOXML. */
    private static CellValue isoDate(String raw) {
        String iso = raw.trim();
        try {
            return new CellValue.DateTime(iso.length() > 10 ? LocalDateTime.parse(iso) : LocalDate.parse(iso).atStartOfDay());
        } catch (DateTimeParseException e) {
            return new CellValue.Text(raw);
        }
    }

    private String sharedString(String index) {
        return strings.getItemAt(Integer.parseInt(index.trim())).getString();
    }

    private CellValue number(String raw) {
        if (raw.isBlank()) {
            return CellValue.BLANK;
        }
        double value = Double.parseDouble(raw.trim());
        if (!Double.isFinite(value)) {
            return new CellValue.ErrorValue("#NUM!");
        }
        if (isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
            return new CellValue.DateTime(DateUtil.getLocalDateTime(value, date1904));
        }
        return CellValue.Numeric.of(value);
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, this::lookUpDateStyle);
    }

    private boolean lookUpDateStyle(int index) {
        if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(index);
        return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }

    /** "AB12" → 27; a reference too wide for any sheet lands past every kept column. */
    static int columnIndex(String reference) {
        int index = 0;
        int letters = 0;
        for (char c : reference.toCharArray()) {
            char upper = Character.toUpperCase(c);
            if (upper < 'A' || upper > 'Z') {
                break;
            }
            if (++letters > 3) {
                return Integer.MAX_VALUE;
            }
            index = index * 26 + (upper - 'A' + 1);
        }
        return index - 1;
    }

    private static int parseIntOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
