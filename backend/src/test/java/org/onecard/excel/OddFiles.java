package org.onecard.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files that are not what an import wants, made in memory: the bad input an upload may bring. */
public final class OddFiles {

    public static final String SHEET_PART = "xl/worksheets/sheet1.xml";

    private OddFiles() {
    }

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }

    public static byte[] plainText() {
        return "工号,姓名,部门\n001,张三,财务部\n".getBytes(StandardCharsets.UTF_8);
    }

    /** What some old systems export as ".xls". */
    public static byte[] html() {
        return "<html><body><table><tr><td>工号</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zipWith(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first half of a real workbook: the ZIP signature is right, the rest is missing. */
    public static byte[] truncated(byte[] workbook) {
        return Arrays.copyOf(workbook, workbook.length / 2);
    }

    /** A ZIP signature followed by noise. */
    public static byte[] zipSignatureThenNoise() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    public static byte[] wordDocument() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("工号 姓名");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 container holding something other than a workbook (as a .doc does). */
    public static byte[] ole2WithoutWorkbook() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsx saved with "encrypt with password", as Excel does: an OLE2 container around the package. */
    public static byte[] passwordProtectedXlsx(byte[] xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] passwordProtectedXls(HSSFWorkbook workbook) {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** The workbook with {@code padding} appended to its sheet part (white space or a comment after the root is valid XML). */
    public static byte[] withPaddedSheet(byte[] xlsx, byte[] padding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                if (entry.getName().equals(SHEET_PART)) {
                    zip.write(padding);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Spaces pack about a thousand to one: a small file that inflates enormously. */
    public static byte[] spaces(int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) ' ');
        return bytes;
    }

    /** An XML comment of random text, which packs only about 1.3 to 1. */
    public static byte[] incompressibleComment(int approximateBytes) {
        byte[] random = new byte[approximateBytes * 3 / 4];
        new Random(11).nextBytes(random);
        String comment = "<!--" + Base64.getEncoder().encodeToString(random) + "-->";
        return comment.getBytes(StandardCharsets.US_ASCII);
    }
}
