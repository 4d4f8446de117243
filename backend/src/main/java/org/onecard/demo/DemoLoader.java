package org.onecard.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import org.onecard.people.persistence.PeopleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Loads the demo set on the first start of an empty database, and never again. */
@Component
@ConditionalOnProperty(name = "onecard.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final String FLAG = "demo.loaded";

    private final DemoData demo;
    private final PeopleStore people;
    private final DatabaseClient db;

    DemoLoader(DemoData demo, PeopleStore people, DatabaseClient db) {
        this.demo = demo;
        this.people = people;
        this.db = db;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean loaded = db.sql("SELECT COUNT(*) AS n FROM app_setting WHERE name = :name").bind("name", FLAG)
                .map(row -> ((Number) row.get("n")).longValue() > 0).one()
                .zipWith(people.anyPerson(), (flag, anyone) -> flag || anyone)
                .flatMap(skip -> skip ? Mono.just(false) : demo.load().then(markLoaded()).thenReturn(true))
                .block(Duration.ofMinutes(2));
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Demo data loaded: 3 cardholders, 1 outlet, 3 operators, 2 fleets, 3 vehicles, a gas station with"
                    + " dispenser 201 (2 nozzles) and shift team A (2 shift cards)");
        }
    }

    private Mono<Void> markLoaded() {
        return db.sql("INSERT INTO app_setting (name, setting_value, updated_at) VALUES (:name, :value, :at)")
                .bind("name", FLAG).bind("value", "true").bind("at", LocalDateTime.now(java.time.ZoneOffset.UTC))
                .then();
    }
}
