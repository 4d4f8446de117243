package org.onecard.people.face;

import java.time.Clock;
import java.time.LocalDateTime;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.PeopleRegister;
import org.onecard.people.domain.PersonDetails;
import org.onecard.people.face.domain.FaceImage;
import org.onecard.people.face.domain.FacePhotoCheck;
import org.onecard.people.face.domain.FacePhotoRules;
import org.onecard.people.face.domain.StoredFace;
import org.onecard.people.face.persistence.FaceStore;
import org.onecard.people.face.persistence.FaceStore.Saved;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A person's face photo (人脸照片): set, replace, read, remove. Every change is one transaction
 * with its face-list change, whose id is the list version face terminals download by. The
 * operator's department scope applies as for the rest of the person's record.
 */
@Service
public class FacePhotos {

    private final PeopleRegister register;
    private final FaceStore store;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final FacePhotoCheck check = new FacePhotoCheck(FacePhotoRules.STANDARD);

    public FacePhotos(PeopleRegister register, FaceStore store, ReactiveTransactionManager transactions, Clock clock) {
        this.register = register;
        this.store = store;
        this.tx = TransactionalOperator.create(transactions);
        this.clock = clock;
    }

    /** Checks the image (JPEG/PNG, 1 B–50 KB, decodable, face-sized) off the event loop. */
    public Mono<Outcome<FaceImage>> check(PhotoUpload upload) {
        if (!upload.complete()) {
            return Mono.just(check.tooLarge(upload.sizeBytes()));
        }
        return Mono.fromCallable(() -> check.check(upload.bytes(), upload.contentType(), upload.fileName()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Sets or replaces an active person's photo. */
    public Mono<Outcome<FacePhoto>> set(long personId, PhotoUpload upload, CurrentUser user) {
        return Flows.then(activeInScope(personId, user), person -> Flows.then(check(upload),
                image -> save(person, image, user)));
    }

    /** Saves an image that already passed {@link #check} for a person the caller already cleared. */
    Mono<Outcome<FacePhoto>> save(PersonDetails person, FaceImage image, CurrentUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        return tx.transactional(store.save(person.id(), image, user.id(), now))
                .map(saved -> Outcome.done(FacePhoto.of(person.id(), saved, image, now)));
    }

    public Mono<Outcome<StoredFace>> get(long personId, CurrentUser user) {
        return Flows.then(register.find(personId, user), person -> store.find(personId).map(Outcome::done)
                .defaultIfEmpty(noPhoto(personId)));
    }

    /** Removes the photo (also for a resigned person); the answer is the list version of the removal. */
    public Mono<Outcome<Long>> delete(long personId, CurrentUser user) {
        return Flows.then(register.find(personId, user), person -> tx.transactional(
                        store.delete(personId, LocalDateTime.now(clock)))
                .map(Outcome::done)
                .defaultIfEmpty(noPhoto(personId)));
    }

    /** The person a face id belongs to, for resolving what a face terminal sends. */
    public Mono<Long> personOfFace(String faceId) {
        return store.personOfFace(faceId);
    }

    /** The person, when they exist (404), are in the caller's scope (403) and are active (5015). */
    Mono<Outcome<PersonDetails>> activeInScope(long personId, CurrentUser user) {
        return Flows.then(register.find(personId, user), person -> Mono.just(person.resigned()
                ? Outcome.refused(ResultCode.PERSON_NOT_ACTIVE, "Person " + personId + " has resigned; rehire them first")
                : Outcome.done(person)));
    }

    private static <T> Outcome<T> noPhoto(long personId) {
        return Outcome.refused(ResultCode.FACE_NOT_FOUND, "Person " + personId + " has no face photo");
    }

    /** What a set or replace left: the photo's description and the list version terminals will see. */
    public record FacePhoto(long personId, String faceId, String contentType, int sizeBytes, int width, int height,
                            String sha256, LocalDateTime updatedAt, long listVersion) {

        static FacePhoto of(long personId, Saved saved, FaceImage image, LocalDateTime at) {
            return new FacePhoto(personId, saved.faceId(), image.format().contentType(), image.size(), image.width(),
                    image.height(), image.sha256(), at, saved.listVersion());
        }
    }
}
