package org.onecard.meta;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.onecard.common.error.ResultCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meta")
@Tag(name = "meta")
class MetaController {

    record ResultCodeView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int httpStatus,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titleZh,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titleEn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 8583 field 39 for terminals")
            String isoResponse) {

        static ResultCodeView of(ResultCode rc) {
            return new ResultCodeView(rc.code(), rc.name(), rc.httpStatus(), rc.titleZh(), rc.titleEn(), rc.isoResponse());
        }
    }

    @GetMapping("/result-codes")
    @Operation(operationId = "resultCodes", summary = "The catalogue of stable result codes, in Chinese and English")
    List<ResultCodeView> resultCodes() {
        return catalogue();
    }

    static List<ResultCodeView> catalogue() {
        return Arrays.stream(ResultCode.values()).map(ResultCodeView::of).toList();
    }
}
