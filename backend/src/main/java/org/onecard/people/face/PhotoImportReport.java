package org.onecard.people.face;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.onecard.common.outcome.Outcome;
import org.onecard.people.face.FacePhotos.FacePhoto;

/**
 * What a batch import did, file by file: every accepted photo was set (each on its own, with its
 * own list version); every refused one changed nothing and says why.
 */
@Schema(name = "PhotoImportReport")
public record PhotoImportReport(
        @Schema(requiredMode = REQUIRED) int total,
        @Schema(requiredMode = REQUIRED) int accepted,
        @Schema(requiredMode = REQUIRED) int refused,
        @Schema(requiredMode = REQUIRED) List<Row> rows) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";

    public PhotoImportReport {
        rows = List.copyOf(rows);
    }

    static PhotoImportReport of(List<Row> rows) {
        int accepted = (int) rows.stream().filter(r -> ACCEPTED.equals(r.status())).count();
        return new PhotoImportReport(rows.size(), accepted, rows.size() - accepted, rows);
    }

    /**
     * @param row        1-based, in upload (or ZIP directory) order
     * @param employeeNo from the file name, when it had the right shape
     * @param code       the result code of a refusal
     */
    @Schema(name = "PhotoImportRow")
    public record Row(
            @Schema(requiredMode = REQUIRED) int row,
            @Schema(requiredMode = REQUIRED) String fileName,
            String employeeNo,
            @Schema(requiredMode = REQUIRED, allowableValues = {ACCEPTED, REFUSED}) String status,
            Long personId,
            String faceId,
            Integer code,
            String reason) {

        static Row of(int row, String fileName, String employeeNo, Outcome<FacePhoto> outcome) {
            if (outcome instanceof Outcome.Done<FacePhoto> done) {
                FacePhoto photo = done.value();
                return new Row(row, fileName, employeeNo, ACCEPTED, photo.personId(), photo.faceId(), null, null);
            }
            Outcome.Refused<FacePhoto> refused = (Outcome.Refused<FacePhoto>) outcome;
            return new Row(row, fileName, employeeNo, REFUSED, null, null, refused.code().code(), refused.detail());
        }
    }
}
