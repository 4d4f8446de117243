package org.onecard.cards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Credentials;
import org.onecard.cards.domain.Credentials.Form;
import org.onecard.cards.domain.Credentials.Input;
import org.onecard.cards.domain.Credentials.Match;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Replies;
import org.onecard.people.face.FacePhotos;
import org.onecard.people.face.domain.FaceIds;
import org.onecard.people.persistence.PeopleStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns what was presented (card serial, card number, face id, {@code P:<person id>} or
 * {@code E:<employee number>}) into the card it stands for; the counter's lookup uses it, and so
 * can the terminal server. A face or a person stands for the person's card in use.
 */
@Service
public class CredentialResolver {

    private final CardStore cards;
    private final FacePhotos faces;
    private final PeopleStore people;

    public CredentialResolver(CardStore cards, FacePhotos faces, PeopleStore people) {
        this.cards = cards;
        this.faces = faces;
        this.people = people;
    }

    public Mono<Outcome<Match>> resolve(String typed) {
        return Flows.then(Credentials.parse(typed),
                input -> matches(input).collectList().map(found -> Credentials.choose(input.text(), found)));
    }

    /** The card, or the refusal as an error: for callers that answer with problem+json. */
    public Mono<CardRecord> card(String typed) {
        return Replies.of(resolve(typed), Match::card);
    }

    private Flux<Match> matches(Input input) {
        String text = input.text();
        if (input.explicit() == Form.PERSON_ID) {
            long personId = Long.parseLong(text);
            return people.findPerson(personId).flatMapMany(p -> personsCard(Form.PERSON_ID, personId));
        }
        if (input.explicit() == Form.EMPLOYEE_NO) {
            return people.findIdByEmployeeNo(text).flatMapMany(id -> personsCard(Form.EMPLOYEE_NO, id));
        }
        Flux<Match> byFace = FaceIds.looksLike(text)
                ? faces.personOfFace(text).flatMapMany(id -> personsCard(Form.FACE_ID, id))
                : Flux.empty();
        Flux<Match> byCard = cards.findLiveBySerialOrCardNo(text)
                .sort(Comparator.comparing((CardStore.Named n) -> !n.bySerial()))
                .flatMapIterable(n -> {
                    List<Match> forms = new ArrayList<>(2);
                    if (n.bySerial()) {
                        forms.add(new Match(Form.SERIAL, n.card().personId(), n.card()));
                    }
                    if (n.byCardNo()) {
                        forms.add(new Match(Form.CARD_NO, n.card().personId(), n.card()));
                    }
                    return forms;
                });
        return Flux.concat(byCard, byFace);
    }

    private Mono<Match> personsCard(Form form, long personId) {
        return cards.cardsOf(personId).collectList()
                .map(all -> new Match(form, personId, Credentials.cardInUse(all)));
    }
}
