package org.onecard.people.face.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.people.face.FacePhotoImport;
import org.onecard.people.face.FacePhotos;
import org.onecard.people.face.FaceProperties;
import org.onecard.people.face.PhotoImportReport;
import org.onecard.people.face.PhotoUpload;
import org.onecard.people.face.domain.FacePhotoRules;
import org.onecard.people.face.domain.StoredFace;
import org.onecard.people.face.web.FaceViews.FacePhotoView;
import org.onecard.people.face.web.FaceViews.PhotoForm;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/people")
@Tag(name = "people")
class FacePhotoController {

    /** The one field both forms carry. */
    private static final String FILE = "file";

    private final FacePhotos photos;
    private final FacePhotoImport imports;
    private final PhotoParts parts;

    FacePhotoController(FacePhotos photos, FacePhotoImport imports, FaceProperties properties) {
        this.photos = photos;
        this.imports = imports;
        this.parts = new PhotoParts(properties.maxImportSize().toBytes(), properties.maxImportFiles(),
                FacePhotoRules.STANDARD.maxBytes());
    }

    @PutMapping(path = "/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "setPersonPhoto", summary = "Set or replace an active person's face photo"
            + " (multipart field `file`: JPEG or PNG, at most 50 KB, face-sized)")
    Mono<FacePhotoView> set(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
                            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                    schema = @Schema(implementation = PhotoForm.class)))
                            @RequestBody Flux<PartEvent> body) {
        return parts.read(body).flatMap(FacePhotoController::single)
                .flatMap(upload -> Replies.of(photos.set(id, upload, user), FacePhotoView::of));
    }

    @GetMapping(path = "/{id}/photo", produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "getPersonPhoto", summary = "The person's face photo as uploaded",
            responses = @ApiResponse(responseCode = "200", description = "the image", content = {
                    @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    Mono<ResponseEntity<byte[]>> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(photos.get(id, user), FacePhotoController::image);
    }

    @DeleteMapping("/{id}/photo")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "deletePersonPhoto", summary = "Remove the person's face photo; terminals drop the face")
    Mono<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(photos.delete(id, user));
    }

    @PostMapping(path = "/photos/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "importPersonPhotos", summary = "Import face photos named by employee number"
            + " (e.g. 10001.jpg): one ZIP, or several `file` parts; accepted photos are set, the rest reported")
    Mono<PhotoImportReport> importPhotos(@AuthenticationPrincipal CurrentUser user,
                                         @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                                 content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                                         schema = @Schema(implementation = PhotoForm.class)))
                                         @RequestBody Flux<PartEvent> body) {
        return parts.read(body).flatMap(uploads -> Replies.of(imports.run(uploads, user), report -> report));
    }

    private static Mono<PhotoUpload> single(List<PhotoUpload> uploads) {
        if (uploads.size() != 1) {
            String message = uploads.isEmpty() ? "is required" : "must be one file";
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, FILE + " " + message,
                    List.of(new FieldProblem(FILE, message))));
        }
        return Mono.just(uploads.get(0));
    }

    private static ResponseEntity<byte[]> image(StoredFace face) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(face.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(face.sha256())
                .body(face.bytes());
    }
}
