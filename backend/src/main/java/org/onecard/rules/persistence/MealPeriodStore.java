package org.onecard.rules.persistence;

import java.time.LocalTime;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class MealPeriodStore {

    private final DatabaseClient db;

    public MealPeriodStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<MealSchedule> load() {
        return db.sql("SELECT id, name, start_time, end_time, enabled FROM meal_period ORDER BY id")
                .map(row -> new MealPeriod(row.get("id", Integer.class), row.get("name", String.class),
                        row.get("start_time", LocalTime.class), row.get("end_time", LocalTime.class),
                        Boolean.TRUE.equals(row.get("enabled", Boolean.class))))
                .all().collectList().map(MealSchedule::new);
    }

    /** Rewrites all eight rows; the caller runs this in one transaction. */
    public Mono<Void> save(MealSchedule schedule) {
        return Flux.fromIterable(schedule.periods())
                .concatMap(p -> {
                    DatabaseClient.GenericExecuteSpec spec = db.sql("UPDATE meal_period SET name = :name,"
                                    + " start_time = :start, end_time = :end, enabled = :enabled WHERE id = :id")
                            .bind("id", p.id()).bind("enabled", p.enabled());
                    spec = p.name() == null ? spec.bindNull("name", String.class) : spec.bind("name", p.name());
                    spec = p.start() == null ? spec.bindNull("start", LocalTime.class) : spec.bind("start", p.start());
                    spec = p.end() == null ? spec.bindNull("end", LocalTime.class) : spec.bind("end", p.end());
                    return spec.then();
                })
                .then();
    }
}
