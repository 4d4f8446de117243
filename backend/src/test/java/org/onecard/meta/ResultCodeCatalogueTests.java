package org.onecard.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.testing.Contract;

class ResultCodeCatalogueTests {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void committedCatalogueMatchesTheServersCodes() throws Exception {
        String current = json.writeValueAsString(MetaController.catalogue()) + "\n";
        if (Contract.writing()) {
            Contract.write("result-codes.json", current);
        }
        JsonNode committed = json.readTree(Contract.read("result-codes.json"));
        assertThat(committed).as("openapi/result-codes.json is stale: run `make openapi`")
                .isEqualTo(json.readTree(current));
    }

    @Test
    void everyCodeIsNumberedOnceWithBothTitlesAndATerminalCode() {
        Set<Integer> seen = new HashSet<>();
        for (ResultCode rc : ResultCode.values()) {
            assertThat(seen.add(rc.code())).as("duplicate number %d", rc.code()).isTrue();
            assertThat(rc.titleZh()).isNotBlank();
            assertThat(rc.titleEn()).isNotBlank();
            assertThat(rc.isoResponse()).matches("[0-9A-Z]{2}");
            assertThat(rc.httpStatus()).isBetween(200, 599);
        }
    }

    @Test
    void numbersThatShippedKeepTheirMeaning() {
        // Terminals and UIs in the field rely on these; renumbering is a breaking change.
        assertThat(ResultCode.fromCode(1001)).isEqualTo(ResultCode.VALIDATION_FAILED);
        assertThat(ResultCode.fromCode(1007)).isEqualTo(ResultCode.IDEMPOTENCY_CONFLICT);
        assertThat(ResultCode.fromCode(2002)).isEqualTo(ResultCode.TOKEN_EXPIRED);
        assertThat(ResultCode.fromCode(3001)).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
        assertThat(ResultCode.INSUFFICIENT_FUNDS.isoResponse()).isEqualTo("51");
        assertThat(Arrays.stream(ResultCode.values()).map(ResultCode::typeUri).distinct().count())
                .isEqualTo(ResultCode.values().length);
    }
}
