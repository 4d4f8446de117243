package org.onecard.people.application;

import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Page;
import org.onecard.identity.CurrentUser;
import org.onecard.people.PeopleProperties;
import org.onecard.people.domain.Group;
import org.onecard.people.domain.GroupRule;
import org.onecard.people.domain.GroupRuleDraft;
import org.onecard.people.domain.Names;
import org.onecard.people.persistence.GroupStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Groups (分组) of people and their online transaction rules (联机交易规则). */
@Service
public class Groups {

    private static final String GROUPS = "Groups and their rules";

    private final GroupStore store;
    private final PeopleProperties properties;
    private final TransactionalOperator tx;

    public Groups(GroupStore store, PeopleProperties properties, ReactiveTransactionManager transactions) {
        this.store = store;
        this.properties = properties;
        this.tx = TransactionalOperator.create(transactions);
    }

    public Mono<Page<Group>> page(String nameContains, int page, int size) {
        int capped = Page.cap(size);
        return Mono.zip(store.page(nameContains, (long) page * capped, capped).collectList(), store.count(nameContains))
                .map(t -> new Page<>(t.getT1(), page, capped, t.getT2()));
    }

    public Mono<Outcome<Group>> find(long id) {
        return Flows.found(store.find(id), () -> "Group " + id);
    }

    public Mono<Outcome<Group>> create(String rawName, CurrentUser user) {
        return Flows.then(checked(rawName, user), name -> store.insert(name)
                .map(id -> Outcome.done(new Group(id, name, 0)))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(nameTaken(name))));
    }

    public Mono<Outcome<Group>> rename(long id, String rawName, CurrentUser user) {
        return Flows.then(checked(rawName, user), name -> Flows.then(find(id),
                group -> store.rename(id, name).thenReturn(Outcome.done(new Group(id, name, group.peopleCount())))
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(nameTaken(name)))));
    }

    /** Deletes an empty group with its rules; refused while anyone, active or resigned, is in it. */
    public Mono<Outcome<Group>> delete(long id, CurrentUser user) {
        return Flows.then(Flows.then(SystemWide.changeableBy(user, GROUPS), allowed -> find(id)),
                group -> group.peopleCount() > 0
                ? Mono.just(inUse(group))
                : tx.transactional(store.delete(id)).thenReturn(Outcome.done(group))
                        .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(inUse(group))));
    }

    /** A group has at most {@link PeopleProperties#maxRulesPerGroup()} rules, so this list needs no paging. */
    public Mono<Outcome<List<GroupRule>>> rules(long groupId) {
        return Flows.then(find(groupId), group -> store.rules(groupId).collectList().map(Outcome::done));
    }

    public Mono<Outcome<GroupRule>> addRule(long groupId, GroupRuleDraft draft, CurrentUser user) {
        return tx.transactional(Flows.then(lockedRules(groupId, user), existing -> Flows.then(
                draft.check(existing, properties.maxRulesPerGroup()),
                terms -> store.insertRule(groupId, terms).map(id -> Outcome.done(new GroupRule(id, groupId, terms))))));
    }

    public Mono<Outcome<GroupRule>> changeRule(long groupId, long ruleId, GroupRuleDraft draft, CurrentUser user) {
        return tx.transactional(Flows.then(lockedRules(groupId, user), existing -> {
            if (existing.stream().noneMatch(r -> r.id() == ruleId)) {
                return Mono.just(ruleNotFound(groupId, ruleId));
            }
            List<GroupRule> others = existing.stream().filter(r -> r.id() != ruleId).toList();
            return Flows.then(draft.check(others, properties.maxRulesPerGroup()),
                    terms -> store.updateRule(groupId, ruleId, terms).map(updated -> updated
                            ? Outcome.done(new GroupRule(ruleId, groupId, terms))
                            : ruleNotFound(groupId, ruleId)));
        }));
    }

    /** The group's rules, with the group row locked so two rule changes cannot both pass the overlap check. */
    private Mono<Outcome<List<GroupRule>>> lockedRules(long groupId, CurrentUser user) {
        return Flows.then(SystemWide.changeableBy(user, GROUPS), allowed -> store.lock(groupId).flatMap(found -> found
                ? store.rules(groupId).collectList().map(Outcome::done)
                : Mono.just(Outcome.notFound("Group " + groupId))));
    }

    private Outcome<String> checked(String rawName, CurrentUser user) {
        Outcome<CurrentUser> allowed = SystemWide.changeableBy(user, GROUPS);
        return allowed instanceof Outcome.Refused<CurrentUser> refused
                ? refused.cast()
                : Names.check("name", rawName, Group.MAX_NAME);
    }

    public Mono<Outcome<Long>> deleteRule(long groupId, long ruleId, CurrentUser user) {
        return Flows.then(Flows.then(SystemWide.changeableBy(user, GROUPS), allowed -> find(groupId)),
                group -> store.deleteRule(groupId, ruleId)
                .map(deleted -> deleted ? Outcome.done(ruleId) : ruleNotFound(groupId, ruleId)));
    }

    private static <T> Outcome<T> ruleNotFound(long groupId, long ruleId) {
        return Outcome.notFound("Rule " + ruleId + " of group " + groupId);
    }

    private static <T> Outcome<T> nameTaken(String name) {
        return Outcome.refused(ResultCode.NAME_TAKEN, "A group named " + name + " already exists");
    }

    private static <T> Outcome<T> inUse(Group group) {
        return Outcome.refused(ResultCode.GROUP_IN_USE, "Group " + group.name() + " still has " + group.peopleCount()
                + " people (resigned included)");
    }
}
