package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import org.onecard.reports.summary.ReportHeading.Heading;

/** The heading every report answers with, for its print view. */
@Schema(description = "What the printed report says around its table")
public record ReportHeadingView(
        @Schema(requiredMode = RequiredMode.REQUIRED) String organisation,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "the outlets, or 全部营业点") String outletLabel,
        @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate printedOn) {

    public static ReportHeadingView of(Heading h) {
        return new ReportHeadingView(h.organisation(), h.outletLabel(), h.printedOn());
    }
}
