package org.onecard.imports;

import java.time.LocalDate;
import java.util.Optional;
import org.onecard.excel.cardcentre.SubsidyMode;
import org.onecard.subsidy.SubsidyRegistration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The subsidy columns of a recharge import go to the subsidy module as distributed subsidies,
 * inside the import's transaction; people holding a usable card receive them once it commits.
 */
@Component
class SubsidyModuleRegistrar implements SubsidyRegistrar {

    private final SubsidyRegistration registration;

    SubsidyModuleRegistrar(SubsidyRegistration registration) {
        this.registration = registration;
    }

    @Override
    public Mono<Void> register(long personId, long amountFen, SubsidyMode mode, Optional<LocalDate> expiry, String key,
                               long operatorId) {
        org.onecard.subsidy.domain.SubsidyMode target = mode == SubsidyMode.RESET
                ? org.onecard.subsidy.domain.SubsidyMode.RESET : org.onecard.subsidy.domain.SubsidyMode.CUMULATIVE;
        return registration.registerImported(personId, amountFen, target, expiry.orElse(null), key, operatorId);
    }
}
