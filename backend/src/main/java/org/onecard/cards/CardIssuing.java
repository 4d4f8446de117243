package org.onecard.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onecard.cards.CardMoney.Booked;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.domain.RechargeLimits;
import org.onecard.cards.domain.Transition;
import org.onecard.cards.persistence.CardStore;
import org.onecard.cards.persistence.CardStore.NewCard;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.common.reader.CardSerials;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.people.Person;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.CardTypes;
import org.onecard.rules.Parameters;
import org.onecard.rules.domain.CardType;
import org.onecard.rules.domain.SystemParameters;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Issuing a card (发卡): deposit, card cost and an optional first recharge, in one posting. */
@Service
public class CardIssuing {

    static final long DEFAULT_CARD_TYPE = 1;

    /** What the counter asks for; null deposit or cost means the system parameter. */
    public record IssueCommand(long personId, String serial, String cardNo, Long cardTypeId, Long depositFen,
                               Long cardCostFen, long firstRechargeFen) {
    }

    private final CardStore cards;
    private final CardReads reads;
    private final CardMoney money;
    private final StandardAccounts accounts;
    private final PeopleStore people;
    private final Parameters parameters;
    private final CardTypes cardTypes;
    private final BusinessClock clock;
    private final CardSubsidies subsidies;

    CardIssuing(CardStore cards, CardReads reads, CardMoney money, StandardAccounts accounts, PeopleStore people,
                Parameters parameters, CardTypes cardTypes, BusinessClock clock, CardSubsidies subsidies) {
        this.subsidies = subsidies;
        this.cards = cards;
        this.reads = reads;
        this.money = money;
        this.accounts = accounts;
        this.people = people;
        this.parameters = parameters;
        this.cardTypes = cardTypes;
        this.clock = clock;
    }

    public Mono<CardView> issue(IssueCommand command, String key, long operatorId) {
        String serial = CardSerials.normalize(command.serial());
        if (serial.isEmpty()) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "Read the card first", List.of(
                    new FieldProblem("serial", "is required"))));
        }
        long typeId = command.cardTypeId() == null ? DEFAULT_CARD_TYPE : command.cardTypeId();
        return Mono.zip(parameters.current(), person(command.personId()), cardTypes.find(typeId),
                        money.seen("issue:" + key))
                .flatMap(t -> {
                    // a retry of an issue already booked goes straight to the replay
                    Mono<String> cardNo = t.getT4() ? Mono.just("")
                            : checkPersonAndSerial(t.getT2(), serial).then(cardNumber(t.getT1(), command.cardNo()));
                    return cardNo.flatMap(no -> book(command, serial, no, t.getT1(), t.getT3(), key, operatorId));
                })
                .flatMap(subsidies::claimed);
    }

    private Mono<CardView> book(IssueCommand c, String serial, String cardNo, SystemParameters p, CardType type,
                                String key, long operatorId) {
        long deposit = c.depositFen() == null ? p.depositFen() : c.depositFen();
        long cost = c.cardCostFen() == null ? p.cardCostFen() : c.cardCostFen();
        if (deposit < 0 || cost < 0 || c.firstRechargeFen() < 0) {
            return Mono.error(new ApiException(ResultCode.INVALID_AMOUNT, "Amounts may not be negative"));
        }
        if (c.firstRechargeFen() > 0 && !p.rechargeAtIssueAllowed()) {
            return Mono.error(new ApiException(ResultCode.RECHARGE_AT_ISSUE_NOT_ALLOWED, "Recharge after issuing"));
        }
        long maxBalance = type.rules().maxBalanceFen() > 0 ? type.rules().maxBalanceFen() : p.maxCardBalanceFen();
        if (c.firstRechargeFen() > 0) {
            Transition.Refused refused = RechargeLimits.check(c.firstRechargeFen(), 0, p.singleRechargeLimitFen(),
                    maxBalance).orElse(null);
            if (refused != null) {
                return Mono.error(new ApiException(refused.code(), refused.detail()));
            }
        }
        Instant now = clock.now();
        LocalDate today = clock.accountingDate(now);
        LocalDate expires = type.rules().validDays() > 0 ? today.plusDays(type.rules().validDays())
                : today.plusYears(p.cardValidityYears());
        NewCard card = new NewCard(cardNo, serial, c.personId(), today, expires, deposit, cost, type.id(), null, null);
        return legs(c.personId(), operatorId, deposit, cost, c.firstRechargeFen())
                .flatMap(legs -> money.run("issue:" + key, operatorId, "card issue", legs,
                        postingId -> cards.insert(card, now).flatMap(id -> cards.event(id, "ISSUE", operatorId, now,
                                        postingId, null)
                                .then(cards.listChange(id, serial, "WHITELIST", "ADD", now)))))
                .flatMap(booked -> answer(booked, serial));
    }

    private Mono<CardView> answer(Booked booked, String serial) {
        if (booked.postingId() != null) {
            return cards.cardOfPosting(booked.postingId(), "ISSUE")
                    .flatMap(id -> reads.view(id, booked.postingId(), booked.replayed()));
        }
        return cards.findByInput(serial).flatMap(c -> reads.view(c.id(), null, false));
    }

    private Mono<List<TransferLeg>> legs(long personId, long operatorId, long deposit, long cost, long recharge) {
        return Mono.zip(accounts.cashDrawer(operatorId), accounts.deposits(), accounts.fees(),
                        accounts.cashWallet(personId), accounts.subsidyWallet(personId))
                .map(a -> {
                    List<TransferLeg> legs = new ArrayList<>();
                    if (deposit > 0) {
                        legs.add(new TransferLeg(a.getT1(), a.getT2(), deposit, TransferCode.ISSUE_DEPOSIT));
                    }
                    if (cost > 0) {
                        legs.add(new TransferLeg(a.getT1(), a.getT3(), cost, TransferCode.ISSUE_CARD_COST));
                    }
                    if (recharge > 0) {
                        legs.add(new TransferLeg(a.getT1(), a.getT4(), recharge, TransferCode.RECHARGE_CASH));
                    }
                    return legs;
                });
    }

    private Mono<Person> person(long personId) {
        return people.findPerson(personId)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Person " + personId)))
                .flatMap(p -> Person.ACTIVE.equals(p.status()) ? Mono.just(p)
                        : Mono.error(new ApiException(ResultCode.PERSON_NOT_ACTIVE, p.name() + " has left")));
    }

    private Mono<Void> checkPersonAndSerial(Person person, String serial) {
        return cards.hasLiveCard(person.id())
                .flatMap(has -> has ? Mono.<Void>error(new ApiException(ResultCode.PERSON_HAS_CARD,
                        person.name() + " already holds a card")) : Mono.<Void>empty())
                .then(cards.findByInput(serial)
                        .filter(c -> serial.equals(c.serial()) && isLive(c))
                        .flatMap(c -> Mono.<Void>error(new ApiException(ResultCode.SERIAL_TAKEN,
                                "Serial " + serial + " belongs to card " + c.cardNo()))));
    }

    static boolean isLive(CardRecord c) {
        return c.status() == CardStatus.NORMAL || c.status() == CardStatus.LOST || c.status() == CardStatus.FROZEN;
    }

    private Mono<String> cardNumber(SystemParameters p, String given) {
        if (p.autoCardNo()) {
            return cards.nextCardNo().map(n -> String.format("%0" + p.cardNoLength() + "d", n));
        }
        if (given == null || given.isBlank() || given.trim().length() > 32) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "Card numbers are given by hand",
                    List.of(new FieldProblem("cardNo", "is required, at most 32 characters"))));
        }
        String cardNo = given.trim();
        return cards.cardNoUsed(cardNo).flatMap(used -> used
                ? Mono.error(new ApiException(ResultCode.CARD_NO_TAKEN, "Card number " + cardNo + " was used before"))
                : Mono.just(cardNo));
    }
}
