package org.onecard.excel.sheet;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The one workbook-wide setting that changes what a cell means: the 1904 date system of old Mac files. */
final class WorkbookFlags {

    private WorkbookFlags() {
    }

    static boolean usesDate1904(InputStream workbookXml) throws IOException, SAXException, ParserConfigurationException {
        Date1904 handler = new Date1904();
        try (workbookXml) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(workbookXml));
        }
        return handler.value;
    }

    private static final class Date1904 extends DefaultHandler {
        private boolean value;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("workbookPr".equals(localName)) {
                String flag = attributes.getValue("date1904");
                value = "1".equals(flag) || "true".equalsIgnoreCase(flag);
            }
        }
    }
}
