package org.onecard.demo;

import java.time.LocalDate;
import org.onecard.fleet.domain.FleetDraft;
import org.onecard.fleet.domain.FleetState;
import org.onecard.fleet.domain.VehicleDraft;
import org.onecard.fleet.persistence.FleetStore;
import org.onecard.fleet.persistence.VehicleStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Two gas-station fleet companies and three vehicles, one of them with its cylinder inspection overdue. */
@Component
class DemoFleets {

    private final FleetStore fleets;
    private final VehicleStore vehicles;

    DemoFleets(FleetStore fleets, VehicleStore vehicles) {
        this.fleets = fleets;
        this.vehicles = vehicles;
    }

    Mono<Void> load(LocalDate today) {
        return fleets.insert(new FleetDraft("SZTAXI", "鹏城出租车公司", "周经理", "0755-83000000", "深圳市福田区深南大道 1 号",
                        FleetState.ACTIVE))
                .flatMap(taxi -> fleets.insert(new FleetDraft("LOGI01", "顺达物流车队", "吴队长", "13900000001", null,
                                FleetState.ACTIVE))
                        .flatMap(logistics -> vehicles.insert(new VehicleDraft("粤B12345", "赵师傅", "11010519491231002X",
                                        "13800138000", "鹏城出租车公司", "出租车", taxi, today.plusMonths(8)))
                                .then(vehicles.insert(new VehicleDraft("粤BD12345", "钱师傅", null, "13800138001",
                                        "鹏城出租车公司", "新能源出租车", taxi, today.plusYears(2))))
                                .then(vehicles.insert(new VehicleDraft("粤B6789挂", "孙师傅", null, null, "顺达物流",
                                        "CNG 货车", logistics, today.minusDays(10))))))
                .then();
    }
}
