package org.onecard.people.face.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDateTime;
import org.onecard.people.face.domain.FaceIds;
import org.onecard.people.face.domain.FaceImage;
import org.onecard.people.face.domain.StoredFace;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Face photos and the face-list changes terminals download by version. Callers run
 * {@link #save} and {@link #delete} in a transaction, so a photo never changes without its
 * list_change row.
 */
@Repository
public class FaceStore {

    /** list_change.list_kind of face rows; their serial column holds the face id. */
    public static final String LIST_KIND = "FACE";
    private static final int FACE_ID_ATTEMPTS = 3;

    private final DatabaseClient db;

    public FaceStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<StoredFace> find(long personId) {
        return db.sql("SELECT person_id, face_id, content_type, photo, width, height, sha256, updated_at, updated_by"
                        + " FROM person_face WHERE person_id = :personId")
                .bind("personId", personId).map(FaceStore::toFace).one();
    }

    public Mono<Long> personOfFace(String faceId) {
        return db.sql("SELECT person_id FROM person_face WHERE face_id = :faceId").bind("faceId", faceId)
                .map(row -> row.get("person_id", Long.class)).one();
    }

    public Mono<Long> personWithEmployeeNo(String employeeNo) {
        return db.sql("SELECT id FROM person WHERE employee_no = :no").bind("no", employeeNo)
                .map(row -> row.get("id", Long.class)).one();
    }

    /** Sets or replaces the photo; a replaced photo keeps its face id. */
    public Mono<Saved> save(long personId, FaceImage image, Long operatorId, LocalDateTime at) {
        return update(personId, image, operatorId, at).flatMap(updated -> updated
                ? faceIdOf(personId).flatMap(faceId -> changed(personId, faceId, "REPLACE", at)
                        .map(version -> new Saved(faceId, version)))
                : insert(personId, image, operatorId, at, FACE_ID_ATTEMPTS).flatMap(faceId ->
                        changed(personId, faceId, "ADD", at).map(version -> new Saved(faceId, version))));
    }

    /** Removes the photo; the list version of the removal, or empty when there was none. */
    public Mono<Long> delete(long personId, LocalDateTime at) {
        return faceIdOf(personId).flatMap(faceId -> db.sql("DELETE FROM person_face WHERE person_id = :personId")
                .bind("personId", personId).fetch().rowsUpdated()
                .flatMap(n -> n > 0 ? changed(personId, faceId, "REMOVE", at) : Mono.empty()));
    }

    /**
     * Records a face-list change for the person's photo as it stands (a resignation takes the face
     * off the terminals, a rehire puts it back); the version, or empty when they have no photo.
     */
    public Mono<Long> announce(long personId, String action, LocalDateTime at) {
        return faceIdOf(personId).flatMap(faceId -> changed(personId, faceId, action, at));
    }

    private Mono<String> faceIdOf(long personId) {
        return db.sql("SELECT face_id FROM person_face WHERE person_id = :personId").bind("personId", personId)
                .map(row -> row.get("face_id", String.class)).one();
    }

    private Mono<Boolean> update(long personId, FaceImage image, Long operatorId, LocalDateTime at) {
        GenericExecuteSpec spec = db.sql("UPDATE person_face SET content_type = :type, photo = :photo, width = :width,"
                + " height = :height, sha256 = :sha, updated_at = :at, updated_by = :by WHERE person_id = :personId");
        return bindImage(spec, personId, image, operatorId, at).fetch().rowsUpdated().map(n -> n > 0);
    }

    /** A new face id; two photos inserted for one person at once leave one row, the loser updates it. */
    private Mono<String> insert(long personId, FaceImage image, Long operatorId, LocalDateTime at, int attemptsLeft) {
        String faceId = FaceIds.next();
        GenericExecuteSpec spec = db.sql("INSERT INTO person_face (person_id, face_id, content_type, photo, width,"
                        + " height, sha256, updated_at, updated_by) VALUES (:personId, :faceId, :type, :photo, :width,"
                        + " :height, :sha, :at, :by)").bind("faceId", faceId);
        return bindImage(spec, personId, image, operatorId, at).then().thenReturn(faceId)
                .onErrorResume(DataIntegrityViolationException.class, e -> attemptsLeft > 1
                        ? update(personId, image, operatorId, at).flatMap(updated -> updated
                                ? faceIdOf(personId)
                                : insert(personId, image, operatorId, at, attemptsLeft - 1))
                        : Mono.error(e));
    }

    private Mono<Long> changed(long personId, String faceId, String action, LocalDateTime at) {
        return db.sql("INSERT INTO list_change (person_id, serial, list_kind, action, changed_at)"
                        + " VALUES (:personId, :faceId, :kind, :action, :at)")
                .bind("personId", personId).bind("faceId", faceId).bind("kind", LIST_KIND)
                .bind("action", action).bind("at", at)
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    private static GenericExecuteSpec bindImage(GenericExecuteSpec spec, long personId, FaceImage image,
                                                Long operatorId, LocalDateTime at) {
        GenericExecuteSpec s = spec.bind("personId", personId).bind("type", image.format().contentType())
                .bind("photo", image.bytes()).bind("width", image.width()).bind("height", image.height())
                .bind("sha", image.sha256()).bind("at", at);
        return operatorId == null ? s.bindNull("by", Long.class) : s.bind("by", operatorId);
    }

    private static StoredFace toFace(Readable row) {
        return new StoredFace(row.get("person_id", Long.class), row.get("face_id", String.class),
                row.get("content_type", String.class), row.get("photo", byte[].class),
                row.get("width", Integer.class), row.get("height", Integer.class), row.get("sha256", String.class),
                row.get("updated_at", LocalDateTime.class), row.get("updated_by", Long.class));
    }

    /** @param listVersion the list_change id the change was recorded under */
    public record Saved(String faceId, long listVersion) {
    }
}
