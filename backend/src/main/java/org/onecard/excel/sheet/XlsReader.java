package org.onecard.excel.sheet;

import java.io.ByteArrayInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads OLE2 files: Excel 97–2003 .xls, and tells apart the other things that share the
 * container: a password-protected .xlsx (its encrypted package lives in one), Excel 95, Word.
 */
final class XlsReader {

    private static final Logger log = LoggerFactory.getLogger(XlsReader.class);

    private final ReadLimits limits;

    XlsReader(ReadLimits limits) {
        this.limits = limits;
    }

    ReadResult read(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return refused(Issue.ENCRYPTED);
            }
            if (root.hasEntry("Book")) {
                return refused(Issue.OLD_FORMAT);
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                return refused(Issue.NOT_EXCEL);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, false)) {
                return UsermodelSheet.read(workbook, limits);
            }
        } catch (EncryptedDocumentException e) {
            return refused(Issue.ENCRYPTED);
        } catch (OldExcelFormatException e) {
            return refused(Issue.OLD_FORMAT);
        } catch (Exception e) {
            // untrusted bytes: POI answers damage with many exception types
            log.debug("unreadable OLE2 workbook", e);
            return refused(Issue.CORRUPT);
        }
    }

    private static ReadResult refused(Issue issue) {
        return new ReadResult.Refused(FileRefusal.of(issue));
    }
}
