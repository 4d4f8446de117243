package org.onecard.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

/** RFC 9457 problem details with the catalogue's stable {@code code}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An error: problem details (RFC 9457) with the catalogue's stable result code")
public record Problem(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status,
        String detail,
        String instance,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "stable result code, see result-codes.json") int code,
        List<FieldProblem> errors) {

    public static Problem of(ResultCode rc, String detail, String instance, List<FieldProblem> errors, Locale locale) {
        String title = "zh".equals(locale.getLanguage()) ? rc.titleZh() : rc.titleEn();
        return new Problem(rc.typeUri(), title, rc.httpStatus(), detail, instance, rc.code(), errors);
    }
}
