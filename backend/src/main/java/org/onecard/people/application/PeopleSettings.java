package org.onecard.people.application;

import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.people.domain.EmployeeNoRules;
import org.onecard.people.persistence.PeopleSettingStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The system-wide people settings. A change applies to numbers given from then on, not to those in use. */
@Service
public class PeopleSettings {

    private final PeopleSettingStore store;

    public PeopleSettings(PeopleSettingStore store) {
        this.store = store;
    }

    public Mono<EmployeeNoRules> employeeNoRules() {
        return store.employeeNoRules();
    }

    public Mono<Outcome<EmployeeNoRules>> change(EmployeeNoRules rules, CurrentUser user) {
        return Flows.then(SystemWide.changeableBy(user, "People settings"),
                allowed -> store.save(rules).thenReturn(Outcome.done(rules)));
    }
}
