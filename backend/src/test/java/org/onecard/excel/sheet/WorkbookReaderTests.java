package org.onecard.excel.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.onecard.excel.TestWorkbook;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;

class WorkbookReaderTests {

    private static final ReadLimits LIMITS = new ReadLimits(5L << 20, 100, 100L << 20, 64);

    private final WorkbookReader reader = new WorkbookReader(LIMITS);

    @Test
    void readsTypedCellsFromAnXlsx() {
        SheetContent content = loaded(reader.read(typedCells(TestWorkbook.xlsx())));
        assertTypedCells(content);
    }

    @Test
    void readsTheSameTypedCellsFromAnXls() {
        SheetContent content = loaded(reader.read(typedCells(TestWorkbook.xls())));
        assertTypedCells(content);
    }

    @Test
    void readsInlineStringsAsStreamingWritersStoreThem() {
        byte[] file = TestWorkbook.streamingXlsx().row("工号", "姓名").row("E001", "张三").bytes();

        SheetContent content = loaded(reader.read(file));

        assertThat(content.header().cells()).containsExactly(text("工号"), text("姓名"));
        assertThat(content.dataRows().get(0).cells()).containsExactly(text("E001"), text("张三"));
    }

    @Test
    void numbersKeepTheDecimalExcelShowsNotTheBinaryError() {
        byte[] file = TestWorkbook.xlsx().row("金额").row(1.005).row(12.345).row(0.1 + 0.2).bytes();

        List<SheetRow> rows = loaded(reader.read(file)).dataRows();

        assertThat(rows).extracting(row -> ((CellValue.Numeric) row.cell(0)).value())
                .containsExactly(new BigDecimal("1.005"), new BigDecimal("12.345"), new BigDecimal("0.30000000000000004"));
    }

    @Test
    void skipsBlankRowsButKeepsTheRowNumbersExcelShows() {
        byte[] file = TestWorkbook.xlsx()
                .rowAt(0, "工号")
                .rowAt(1, "   ")
                .rowAt(3, "E001")
                .rowAt(4, (Object) null)
                .rowAt(6, "E002")
                .bytes();

        SheetContent content = loaded(reader.read(file));

        assertThat(content.header().rowNumber()).isEqualTo(1);
        assertThat(content.dataRows()).extracting(SheetRow::rowNumber).containsExactly(4, 7);
    }

    @Test
    void takesTheFirstNonBlankRowAsTheHeader() {
        byte[] file = TestWorkbook.xlsx().rowAt(2, "工号").rowAt(3, "E001").bytes();

        SheetContent content = loaded(reader.read(file));

        assertThat(content.header().rowNumber()).isEqualTo(3);
        assertThat(content.dataRows()).extracting(SheetRow::rowNumber).containsExactly(4);
    }

    @Test
    void readsOnlyTheFirstSheet() {
        byte[] file = TestWorkbook.xlsx()
                .sheet("导入").row("工号").row("E001")
                .sheet("其他").row("不读").row("X").row("Y")
                .bytes();

        SheetContent content = loaded(reader.read(file));

        assertThat(content.dataRows()).hasSize(1);
        assertThat(content.dataRows().get(0).cell(0)).isEqualTo(text("E001"));
    }

    @Test
    void ignoresCellsRightOfTheColumnLimit() {
        WorkbookReader narrow = new WorkbookReader(new ReadLimits(5L << 20, 100, 100L << 20, 2));
        byte[] file = TestWorkbook.xlsx().row("A", "B", "C", "D").row("1", "2", "3", "4").bytes();

        SheetContent content = loaded(narrow.read(file));

        assertThat(content.header().cells()).containsExactly(text("A"), text("B"));
        assertThat(content.dataRows().get(0).cell(3)).isEqualTo(CellValue.BLANK);
    }

    @Test
    void readsDatesOfA1904Workbook() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        var properties = workbook.getCTWorkbook().isSetWorkbookPr()
                ? workbook.getCTWorkbook().getWorkbookPr()
                : workbook.getCTWorkbook().addNewWorkbookPr();
        properties.setDate1904(true);
        assertThat(workbook.isDate1904()).isTrue();
        byte[] file = TestWorkbook.of(() -> workbook).row("日期").row(LocalDate.of(2026, 12, 31)).bytes();

        SheetContent content = loaded(reader.read(file));

        assertThat(content.dataRows().get(0).cell(0)).isEqualTo(new CellValue.DateTime(LocalDateTime.of(2026, 12, 31, 0, 0)));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refusal(reader.read(new byte[0])).issue()).isEqualTo(Issue.FILE_EMPTY);
    }

    @Test
    void refusesAFileOverTheSizeLimitNamingTheLimit() {
        byte[] file = TestWorkbook.xlsx().row("工号").row("E001").bytes();
        WorkbookReader small = new WorkbookReader(new ReadLimits(file.length - 1, 100, 100L << 20, 64));

        FileRefusal refusal = refusal(small.read(file));

        assertThat(refusal.issue()).isEqualTo(Issue.FILE_TOO_LARGE);
        assertThat(refusal.messageZh()).contains(Sizes.describe(file.length - 1));
        assertThat(new WorkbookReader(new ReadLimits(file.length, 100, 100L << 20, 64)).read(file))
                .isInstanceOf(ReadResult.Loaded.class);
    }

    @Test
    void namesSizeLimitsInUnitsOperatorsRead() {
        byte[] file = new byte[6 << 20];
        file[0] = 'P';

        assertThat(refusal(new WorkbookReader(LIMITS).read(file)).messageZh()).contains("5MB");
        assertThat(refusal(new WorkbookReader(LIMITS).read(file)).messageEn()).contains("5MB");
    }

    @Test
    void refusesASheetWithNothingInIt() {
        assertThat(refusal(reader.read(TestWorkbook.xlsx().bytes())).issue()).isEqualTo(Issue.EMPTY_SHEET);
        assertThat(refusal(reader.read(TestWorkbook.xlsx().row(" ", "\u3000").bytes())).issue())
                .isEqualTo(Issue.EMPTY_SHEET);
        assertThat(refusal(reader.read(TestWorkbook.xls().bytes())).issue()).isEqualTo(Issue.EMPTY_SHEET);
    }

    @Test
    void keepsAHeaderWithoutDataRowsForTheCallerToJudge() {
        SheetContent content = loaded(reader.read(TestWorkbook.xlsx().row("工号").bytes()));

        assertThat(content.dataRows()).isEmpty();
    }

    @Test
    void refusesMoreDataRowsThanTheLimitNamingIt() {
        WorkbookReader three = new WorkbookReader(new ReadLimits(5L << 20, 3, 100L << 20, 64));
        TestWorkbook atLimit = TestWorkbook.xlsx().row("工号").row("1").row("2").row("3");
        TestWorkbook overLimit = TestWorkbook.xlsx().row("工号").row("1").row("2").row("3").row("4");

        assertThat(loaded(three.read(atLimit.bytes())).dataRows()).hasSize(3);
        FileRefusal refusal = refusal(three.read(overLimit.bytes()));
        assertThat(refusal.issue()).isEqualTo(Issue.TOO_MANY_ROWS);
        assertThat(refusal.messageZh()).contains("3 行");
    }

    @Test
    void refusesTooManyRowsInAnXlsToo() {
        WorkbookReader two = new WorkbookReader(new ReadLimits(5L << 20, 2, 100L << 20, 64));

        FileRefusal refusal = refusal(two.read(TestWorkbook.xls().row("工号").row("1").row("2").row("3").bytes()));

        assertThat(refusal.issue()).isEqualTo(Issue.TOO_MANY_ROWS);
    }

    private static byte[] typedCells(TestWorkbook workbook) {
        return workbook
                .row("文本", "数字", "日期", "布尔", "错误", "空", "末列")
                .row("  张三 ", 12.345, LocalDate.of(2026, 12, 31), true, FormulaError.DIV0, null, "x")
                .bytes();
    }

    private static void assertTypedCells(SheetContent content) {
        assertThat(content.header().rowNumber()).isEqualTo(1);
        assertThat(content.header().cell(0)).isEqualTo(text("文本"));
        SheetRow row = content.dataRows().get(0);
        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row.cells()).containsExactly(
                text("  张三 "),
                new CellValue.Numeric(new BigDecimal("12.345")),
                new CellValue.DateTime(LocalDateTime.of(2026, 12, 31, 0, 0)),
                new CellValue.Bool(true),
                new CellValue.ErrorValue("#DIV/0!"),
                CellValue.BLANK,
                text("x"));
    }

    static SheetContent loaded(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Loaded.class);
        return ((ReadResult.Loaded) result).content();
    }

    static FileRefusal refusal(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Refused.class);
        return ((ReadResult.Refused) result).refusal();
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }
}
