package org.onecard.excel.sheet;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;

/**
 * Reads the first sheet of an uploaded workbook into rows of typed cells, or says why it cannot.
 * What the file is comes from its first bytes (the ZIP or OLE2 signature), never from its name.
 * Thread-safe; no exception escapes for bad input.
 */
public final class WorkbookReader {

    private final ReadLimits limits;
    private final XlsxReader xlsx;
    private final XlsReader xls;

    public WorkbookReader(ReadLimits limits) {
        this.limits = limits;
        this.xlsx = new XlsxReader(limits);
        this.xls = new XlsReader(limits);
    }

    public ReadLimits limits() {
        return limits;
    }

    public ReadResult read(byte[] bytes) {
        if (bytes.length == 0) {
            return refused(FileRefusal.of(Issue.FILE_EMPTY));
        }
        if (bytes.length > limits.maxFileBytes()) {
            return refused(FileRefusal.of(Issue.FILE_TOO_LARGE, Sizes.describe(limits.maxFileBytes())));
        }
        return switch (FileMagic.valueOf(bytes)) {
            case OOXML -> xlsx.read(bytes);
            case OLE2 -> xls.read(bytes);
            case BIFF2, BIFF3, BIFF4 -> refused(FileRefusal.of(Issue.OLD_FORMAT));
            default -> refused(FileRefusal.of(Issue.NOT_EXCEL));
        };
    }

    private static ReadResult refused(FileRefusal refusal) {
        return new ReadResult.Refused(refusal);
    }
}
