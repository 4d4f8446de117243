package org.onecard.people.face.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.ZoneOffset;
import org.onecard.people.face.FacePhotos.FacePhoto;

final class FaceViews {

    private FaceViews() {
    }

    @Schema(name = "FacePhoto", description = "A person's face photo (the bytes are at GET .../photo)")
    record FacePhotoView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long personId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "what face terminals send; kept when the photo is replaced") String faceId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "image/jpeg") String contentType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int sizeBytes,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int width,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int height,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String sha256,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "UTC") Instant updatedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the face-list version this change was recorded under") long listVersion) {

        static FacePhotoView of(FacePhoto p) {
            return new FacePhotoView(p.personId(), p.faceId(), p.contentType(), p.sizeBytes(), p.width(), p.height(),
                    p.sha256(), p.updatedAt().toInstant(ZoneOffset.UTC), p.listVersion());
        }
    }

    /** The multipart form both upload endpoints take, for the contract. */
    @Schema(name = "PhotoUploadForm")
    record PhotoForm(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
            description = "a JPEG or PNG of at most 50 KB; for the import, a ZIP or one part per photo") String file) {
    }
}
