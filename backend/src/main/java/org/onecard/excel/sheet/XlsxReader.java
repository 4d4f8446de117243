package org.onecard.excel.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Reads the first worksheet of an .xlsx (and .xlsm) as a stream of rows. */
final class XlsxReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxReader.class);

    /**
     * No part may unpack to more than 100 times its packed size. Sheets that Excel writes pack
     * 5 to 30 times; POI's default, kept here on purpose.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final List<String> WORKBOOK_CONTENT_TYPES = List.of("spreadsheetml", "ms-excel");

    /** No single part may unpack past the largest total any configuration allows. */
    static final long MAX_ENTRY_BYTES = ReadLimits.MAX_UNPACKED_BYTES_CEILING;

    static {
        // POI keeps these JVM-wide, so they are a fixed backstop set once; the configured
        // per-file total is enforced by ZipScan before POI opens anything.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final ReadLimits limits;

    XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    ReadResult read(byte[] bytes) {
        ZipScan scan;
        try {
            scan = ZipScan.of(bytes, limits.maxUnpackedBytes());
        } catch (IOException e) {
            log.debug("unreadable zip", e);
            return refused(Issue.CORRUPT);
        }
        if (scan.overLimit()) {
            return tooLargeUnpacked();
        }
        return scan.isOfficePackage() ? readPackage(bytes) : refused(Issue.NOT_EXCEL);
    }

    private ReadResult readPackage(byte[] bytes) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            return isWorkbook(pkg) ? readFirstSheet(pkg) : refused(Issue.NOT_EXCEL);
        } catch (NotOfficeXmlFileException e) {
            return refused(Issue.NOT_EXCEL);
        } catch (Exception e) {
            return classify(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** A .docx or .pptx is a valid package too; only a spreadsheet's main part will do. */
    private static boolean isWorkbook(OPCPackage pkg) {
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        return !main.isEmpty() && WORKBOOK_CONTENT_TYPES.stream().anyMatch(main.get(0).getContentType()::contains);
    }

    private ReadResult readFirstSheet(OPCPackage pkg) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return refused(Issue.NO_SHEET);
        }
        RowCollector rows = new RowCollector(limits.maxDataRows());
        XlsxSheetHandler handler = new XlsxSheetHandler(new ReadOnlySharedStringsTable(pkg, false),
                reader.getStylesTable(), WorkbookFlags.usesDate1904(reader.getWorkbookData()), limits.maxColumns(), rows);
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        } catch (XlsxSheetHandler.Stop limitPassed) {
            // the collector knows; its result says so
        }
        return rows.result();
    }

    private ReadResult classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return tooLargeUnpacked();
            }
        }
        log.debug("unreadable workbook", e);
        return refused(Issue.CORRUPT);
    }

    private ReadResult tooLargeUnpacked() {
        return new ReadResult.Refused(FileRefusal.of(Issue.UNPACKED_TOO_LARGE, Sizes.describe(limits.maxUnpackedBytes())));
    }

    private static ReadResult refused(Issue issue) {
        return new ReadResult.Refused(FileRefusal.of(issue));
    }
}
