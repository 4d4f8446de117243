package org.onecard.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExporterTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Test
    void writesManyRowsThroughTheStreamingWindowAndKeepsEveryOne() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < XlsxExporter.WINDOW_ROWS * 3; i++) {
            rows.add(List.of("行" + i, (long) i));
        }
        ReportSheet report = new ReportSheet("示范大学", "明细", "全部营业点", DAY, DAY,
                List.of(ReportSheet.text("名称", 10), ReportSheet.money("金额")), rows, List.of("合计", 179_700L), DAY);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxExporter.write(report)))) {
            Sheet sheet = book.getSheetAt(0);
            int first = XlsxExporter.HEADER_ROW + 1;
            assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("行0");
            assertThat(sheet.getRow(first + 599).getCell(1).getNumericCellValue()).isEqualTo(5.99);
            assertThat(sheet.getRow(first + 600).getCell(1).getNumericCellValue()).isEqualTo(1_797.00);
            assertThat(sheet.getMergedRegions()).hasSize(5);
        }
    }

    @Test
    void aOneColumnReportMergesNothingAndALongTitleMakesAValidSheetName() throws IOException {
        String title = "一个很长很长的报表标题/含有[不允许]的字符:以及更多更多更多更多的字";
        ReportSheet report = new ReportSheet("示范大学", title, "一食堂", DAY, DAY.plusDays(1),
                List.of(ReportSheet.count("笔数")), List.of(List.of(3L)), List.of(3L), DAY);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxExporter.write(report)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain("/", "[", "]", ":");
            assertThat(sheet.getMergedRegions()).isEmpty();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("营业点：一食堂    日期：2026-11-21 至 2026-11-22");
        }
    }
}
