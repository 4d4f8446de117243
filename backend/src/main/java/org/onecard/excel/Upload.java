package org.onecard.excel;

import org.onecard.excel.report.FileRefusal;

/** An upload body joined into memory, or refused for passing the size limit on the way. */
public sealed interface Upload {

    record Received(byte[] bytes) implements Upload {
    }

    record Refused(FileRefusal refusal) implements Upload {
    }
}
