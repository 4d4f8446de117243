package org.onecard.sites;

import java.time.Duration;
import org.onecard.sites.persistence.LinkStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** At the centre: a link row for every configured site, so its status shows before it first calls. */
@Component
@ConditionalOnProperty(name = "onecard.sites.role", havingValue = "CENTRE")
class CentreLinks {

    private final SitesProperties properties;
    private final LinkStore links;

    CentreLinks(SitesProperties properties, LinkStore links) {
        this.properties = properties;
        this.links = links;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerSites() {
        Flux.fromIterable(properties.sites().keySet()).concatMap(links::ensure).then().block(Duration.ofSeconds(30));
    }
}
