package org.onecard.fuel;

import java.time.Instant;
import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.fuel.domain.FuelPricing;
import org.onecard.fuel.domain.FuelProfile;
import org.onecard.fuel.persistence.FuelStore;
import org.onecard.fuel.persistence.FuelStore.Price;
import org.onecard.identity.CurrentUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Stations' price lists (油气价格): a price per outlet and level 0/1/2 in fen per unit, effective from a
 * moment. A change is a new row (the list keeps its history), audited; the price of the day is the
 * row effective latest at the sale's time.
 */
@Service
public class FuelPrices {

    private final FuelStore store;
    private final FuelAudit audit;

    FuelPrices(FuelStore store, FuelAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    public Mono<List<Price>> list(Long outletId) {
        return store.prices(outletId).collectList();
    }

    public Mono<Outcome<Price>> add(long outletId, Integer level, Long unitPriceFen, Instant effectiveFrom,
                                    CurrentUser user) {
        if (!FuelProfile.validLevel(level) || !FuelPricing.validPrice(unitPriceFen) || effectiveFrom == null) {
            return Mono.just(Outcome.refused(ResultCode.FUEL_PRICE_INVALID, "level " + level + ", unit price "
                    + unitPriceFen + ", effective from " + effectiveFrom));
        }
        return store.outletExists(outletId).flatMap(known -> !known
                ? Mono.just(Outcome.<Price>notFound("Outlet " + outletId))
                : store.addPrice(outletId, level, unitPriceFen, effectiveFrom, user.id())
                        .flatMap(id -> audit.record(user, "FUEL_PRICE_ADD", "outlet " + outletId, "level " + level + " "
                                + unitPriceFen + " fen from " + effectiveFrom).thenReturn(id))
                        .flatMap(id -> store.prices(outletId).filter(p -> p.id() == id).next())
                        .map(Outcome::done));
    }

    /** The price of the day at the station for the level, at {@code at}. */
    public Mono<Long> priceAt(long outletId, int level, Instant at) {
        return store.priceAt(outletId, level, at);
    }
}
