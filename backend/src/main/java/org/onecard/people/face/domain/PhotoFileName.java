package org.onecard.people.face.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;

/**
 * A batch-imported photo is named by its person's employee number, e.g. {@code 10001.jpg}. A
 * name with a folder in it (including {@code ../}) is refused rather than trimmed, so what the
 * report shows is exactly what was in the upload.
 */
public record PhotoFileName(String employeeNo, String extension) {

    private static final Pattern NAME = Pattern.compile("([0-9A-Za-z]{1,32})\\.(jpg|jpeg|png)",
            Pattern.CASE_INSENSITIVE);

    public static Outcome<PhotoFileName> parse(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return refused("A file has no name");
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.contains(":")) {
            return refused("'" + fileName + "' has a folder or drive in its name; put the photos at the top level");
        }
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return refused("'" + fileName + "' is not an employee number followed by .jpg, .jpeg or .png");
        }
        return Outcome.done(new PhotoFileName(m.group(1).toUpperCase(Locale.ROOT),
                m.group(2).toLowerCase(Locale.ROOT)));
    }

    private static Outcome<PhotoFileName> refused(String detail) {
        return Outcome.refused(ResultCode.FACE_IMPORT_NAME_INVALID, detail);
    }
}
