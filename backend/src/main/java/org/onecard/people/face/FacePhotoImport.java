package org.onecard.people.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.people.domain.PersonDetails;
import org.onecard.people.face.FacePhotos.FacePhoto;
import org.onecard.people.face.PhotoImportReport.Row;
import org.onecard.people.face.domain.FacePhotoRules;
import org.onecard.people.face.domain.PhotoFileName;
import org.onecard.people.face.persistence.FaceStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Batch import of face photos named by employee number: one ZIP, or several image files. Every
 * file is checked and reported; the accepted ones are set one by one (a refused file changes
 * nothing, and does not hold back the others). Files are handled one at a time, so memory holds
 * the upload plus one photo, whatever the archive unpacks to.
 */
@Service
public class FacePhotoImport {

    private static final int PHOTO_CAP = FacePhotoRules.STANDARD.maxBytes();

    private final FacePhotos photos;
    private final FaceStore store;
    private final FaceProperties properties;

    public FacePhotoImport(FacePhotos photos, FaceStore store, FaceProperties properties) {
        this.photos = photos;
        this.store = store;
        this.properties = properties;
    }

    public Mono<Outcome<PhotoImportReport>> run(List<PhotoUpload> uploads, CurrentUser user) {
        long zips = uploads.stream().filter(PhotoUpload::isZip).count();
        if (uploads.isEmpty()) {
            return Mono.just(Outcome.invalid("file", "is required: one ZIP of photos, or photos"));
        }
        if (zips > 0 && uploads.size() > 1) {
            return Mono.just(Outcome.invalid("file", "must be one ZIP, or photos, not both"));
        }
        if (zips == 1) {
            return fromArchive(uploads.get(0), user);
        }
        List<Candidate> files = new ArrayList<>();
        for (PhotoUpload upload : uploads) {
            files.add(new Candidate(files.size() + 1, upload.fileName(), () -> upload));
        }
        return limited(files.size()).orElseGet(() -> importAll(files, user));
    }

    private Mono<Outcome<PhotoImportReport>> fromArchive(PhotoUpload zip, CurrentUser user) {
        if (!zip.complete()) {
            return Mono.just(Outcome.refused(ResultCode.PAYLOAD_TOO_LARGE, "The ZIP is larger than "
                    + properties.maxImportSize()));
        }
        return Mono.using(() -> PhotoArchive.open(zip.bytes()), archive -> limited(archive.size())
                        .orElseGet(() -> importAll(candidates(archive), user)), PhotoArchive::close)
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(IOException.class, e -> Mono.just(Outcome.refused(ResultCode.MALFORMED_REQUEST,
                        "The file is not a readable ZIP archive")));
    }

    private static List<Candidate> candidates(PhotoArchive archive) {
        List<Candidate> files = new ArrayList<>();
        for (ZipEntry entry : archive.photoEntries()) {
            files.add(new Candidate(files.size() + 1, entry.getName(), () -> archive.read(entry, PHOTO_CAP)));
        }
        return files;
    }

    private Optional<Mono<Outcome<PhotoImportReport>>> limited(int files) {
        if (files <= properties.maxImportFiles()) {
            return Optional.empty();
        }
        return Optional.of(Mono.just(Outcome.refused(ResultCode.TOO_MANY_ITEMS, "The import holds " + files
                + " files; at most " + properties.maxImportFiles() + " are taken at once")));
    }

    private Mono<Outcome<PhotoImportReport>> importAll(List<Candidate> files, CurrentUser user) {
        Map<String, Long> perEmployee = files.stream().map(f -> PhotoFileName.parse(f.fileName()))
                .filter(Outcome::isDone).map(name -> ((Outcome.Done<PhotoFileName>) name).value().employeeNo())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return Flux.fromIterable(files).concatMap(file -> row(file, perEmployee, user)).collectList()
                .map(rows -> Outcome.done(PhotoImportReport.of(rows)));
    }

    private Mono<Row> row(Candidate file, Map<String, Long> perEmployee, CurrentUser user) {
        Outcome<PhotoFileName> parsed = PhotoFileName.parse(file.fileName());
        if (!(parsed instanceof Outcome.Done<PhotoFileName> done)) {
            return Mono.just(Row.of(file.row(), file.fileName(), null, ((Outcome.Refused<PhotoFileName>) parsed).cast()));
        }
        String employeeNo = done.value().employeeNo();
        long times = perEmployee.get(employeeNo);
        Mono<Outcome<FacePhoto>> outcome = times > 1
                ? Mono.just(Outcome.refused(ResultCode.FACE_IMPORT_NAME_INVALID, "Employee number " + employeeNo
                        + " has " + times + " photos in this import; send one per person"))
                : Flows.then(person(employeeNo, user), person -> Flows.then(read(file),
                        upload -> Flows.then(photos.check(upload), image -> photos.save(person, image, user))));
        return outcome.map(o -> Row.of(file.row(), file.fileName(), employeeNo, o));
    }

    private Mono<Outcome<PersonDetails>> person(String employeeNo, CurrentUser user) {
        return store.personWithEmployeeNo(employeeNo).flatMap(id -> photos.activeInScope(id, user))
                .defaultIfEmpty(Outcome.notFound("Person with employee number " + employeeNo));
    }

    private static Mono<Outcome<PhotoUpload>> read(Candidate file) {
        return Mono.fromCallable(file.content()).subscribeOn(Schedulers.boundedElastic()).map(Outcome::done)
                .onErrorResume(UncheckedIOException.class, e -> Mono.just(Outcome.refused(
                        ResultCode.FACE_PHOTO_UNREADABLE, "The file cannot be read from the ZIP: " + e.getMessage())));
    }

    private record Candidate(int row, String fileName, Callable<PhotoUpload> content) {
    }
}
