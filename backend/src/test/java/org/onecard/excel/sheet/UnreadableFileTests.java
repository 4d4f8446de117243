package org.onecard.excel.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.excel.sheet.WorkbookReaderTests.loaded;
import static org.onecard.excel.sheet.WorkbookReaderTests.refusal;

import java.nio.charset.StandardCharsets;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.onecard.excel.OddFiles;
import org.onecard.excel.TestWorkbook;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;
import org.onecard.common.error.ResultCode;

/** Uploads that are not a readable workbook: each is refused with its own reason, never an exception. */
class UnreadableFileTests {

    private static final long MB = 1 << 20;

    private final WorkbookReader reader = new WorkbookReader(new ReadLimits(5 * MB, 100, 100 * MB, 64));

    private final byte[] workbook = TestWorkbook.xlsx().row("工号", "姓名").row("E001", "张三").bytes();

    @Test
    void refusesAPdfRenamedToXlsx() {
        FileRefusal refusal = refusal(reader.read(OddFiles.pdf()));

        assertThat(refusal.issue()).isEqualTo(Issue.NOT_EXCEL);
        assertThat(refusal.resultCode()).isEqualTo(ResultCode.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal.messageZh()).contains(".xlsx");
    }

    @Test
    void refusesAPngRenamedToXlsx() {
        assertThat(refusal(reader.read(OddFiles.png())).issue()).isEqualTo(Issue.NOT_EXCEL);
    }

    @Test
    void refusesPlainTextAndCsv() {
        assertThat(refusal(reader.read(OddFiles.plainText())).issue()).isEqualTo(Issue.NOT_EXCEL);
        assertThat(refusal(reader.read("x".getBytes(StandardCharsets.US_ASCII))).issue()).isEqualTo(Issue.NOT_EXCEL);
    }

    @Test
    void refusesAnHtmlTableSavedAsXls() {
        assertThat(refusal(reader.read(OddFiles.html())).issue()).isEqualTo(Issue.NOT_EXCEL);
    }

    @Test
    void refusesAZipThatHoldsNoWorkbook() {
        byte[] zip = OddFiles.zipWith("readme.txt", "hello".getBytes(StandardCharsets.US_ASCII));

        assertThat(refusal(reader.read(zip)).issue()).isEqualTo(Issue.NOT_EXCEL);
    }

    @Test
    void refusesAWordDocument() {
        assertThat(refusal(reader.read(OddFiles.wordDocument())).issue()).isEqualTo(Issue.NOT_EXCEL);
    }

    @Test
    void refusesAnOle2FileThatIsNotAWorkbook() {
        assertThat(refusal(reader.read(OddFiles.ole2WithoutWorkbook())).issue()).isEqualTo(Issue.NOT_EXCEL);
    }

    @Test
    void refusesATruncatedWorkbookAsCorrupt() {
        assertThat(refusal(reader.read(OddFiles.truncated(workbook))).issue()).isEqualTo(Issue.CORRUPT);
    }

    @Test
    void refusesAZipSignatureFollowedByNoiseAsCorrupt() {
        assertThat(refusal(reader.read(OddFiles.zipSignatureThenNoise())).issue()).isEqualTo(Issue.CORRUPT);
    }

    @Test
    void refusesATruncatedXlsAsCorrupt() {
        byte[] xls = TestWorkbook.xls().row("工号").row("E001").bytes();

        assertThat(refusal(reader.read(OddFiles.truncated(xls))).issue()).isEqualTo(Issue.CORRUPT);
    }

    @Test
    void refusesAPasswordProtectedXlsx() {
        FileRefusal refusal = refusal(reader.read(OddFiles.passwordProtectedXlsx(workbook)));

        assertThat(refusal.issue()).isEqualTo(Issue.ENCRYPTED);
        assertThat(refusal.messageZh()).contains("密码");
    }

    @Test
    void refusesAPasswordProtectedXls() {
        HSSFWorkbook xls = new HSSFWorkbook();
        xls.createSheet().createRow(0).createCell(0).setCellValue("工号");

        assertThat(refusal(reader.read(OddFiles.passwordProtectedXls(xls))).issue()).isEqualTo(Issue.ENCRYPTED);
    }

    @Test
    void refusesAPartThatInflatesMoreThanAHundredfold() {
        byte[] bomb = OddFiles.withPaddedSheet(workbook, OddFiles.spaces(20 * (int) MB));
        assertThat(bomb.length).isLessThan((int) MB);

        FileRefusal refusal = refusal(reader.read(bomb));

        assertThat(refusal.issue()).isEqualTo(Issue.UNPACKED_TOO_LARGE);
        assertThat(refusal.resultCode()).isEqualTo(ResultCode.PAYLOAD_TOO_LARGE);
    }

    @Test
    void refusesAFileThatUnpacksPastTheTotalLimitNamingIt() {
        WorkbookReader oneMegabyte = new WorkbookReader(new ReadLimits(5 * MB, 100, MB, 64));
        byte[] large = OddFiles.withPaddedSheet(workbook, OddFiles.incompressibleComment(2 * (int) MB));

        FileRefusal refusal = refusal(oneMegabyte.read(large));

        assertThat(refusal.issue()).isEqualTo(Issue.UNPACKED_TOO_LARGE);
        assertThat(refusal.messageZh()).contains("1MB");
    }

    @Test
    void readsAPaddedButHonestWorkbookUnderTheLimits() {
        byte[] padded = OddFiles.withPaddedSheet(workbook, OddFiles.incompressibleComment(200_000));

        assertThat(loaded(reader.read(padded)).dataRows()).hasSize(1);
    }
}
