package org.onecard.reports.statement;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;

/** An accounting month as the API spells it: YYYY-MM. */
public final class StatementMonth {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private StatementMonth() {
    }

    /** The month, or {@link ResultCode#PERIOD_MONTH_INVALID} for anything that is not YYYY-MM. */
    public static YearMonth parse(String text) {
        if (text == null || !FORMAT.matcher(text.trim()).matches()) {
            throw new ApiException(ResultCode.PERIOD_MONTH_INVALID, "month must be YYYY-MM, was " + text);
        }
        return YearMonth.parse(text.trim());
    }
}
