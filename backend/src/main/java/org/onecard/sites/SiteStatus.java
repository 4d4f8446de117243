package org.onecard.sites;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.onecard.common.time.BusinessClock;
import org.onecard.sites.SitesProperties.Role;
import org.onecard.sites.persistence.LinkStore;
import org.onecard.sites.persistence.LinkStore.Link;
import org.onecard.sites.persistence.MirrorStore;
import org.onecard.sites.persistence.OutboxStore;
import org.onecard.sites.persistence.PostingRecords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the admin screen shows: each link's state, and the balances the instances can compare. */
@Service
public class SiteStatus {

    /** Cards listed per side in {@link #balances}: the comparison is for checks, not a report. */
    public static final int MAX_BALANCES = 5_000;

    public record SitesView(
            @Schema(requiredMode = RequiredMode.REQUIRED) Role role,
            String code,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<LinkView> links) {
    }

    /**
     * One link. At a site: pendingUp = its records the centre has not acknowledged, pendingDown = feed
     * entries after its cursor at the last answer, lagSeconds = age of the oldest record not yet up. At the
     * centre: pendingUp is unknown (null), pendingDown = entries the site has not acknowledged,
     * lagSeconds = time since the site's last contact.
     */
    public record LinkView(
            @Schema(requiredMode = RequiredMode.REQUIRED) String code,
            Instant lastContactAt,
            String lastError,
            Instant lastErrorAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) long upSeq,
            @Schema(requiredMode = RequiredMode.REQUIRED) long upAcked,
            @Schema(requiredMode = RequiredMode.REQUIRED) long downCursor,
            Long pendingUp,
            Long pendingDown,
            Long lagSeconds) {
    }

    public record CardBalance(
            @Schema(requiredMode = RequiredMode.REQUIRED) String homeSite,
            @Schema(requiredMode = RequiredMode.REQUIRED) String cardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) String wallet,
            @Schema(requiredMode = RequiredMode.REQUIRED) long balanceFen) {
    }

    /** own: this instance's cards (a site's; none at the centre); mirrored: other instances' cards. */
    public record BalancesView(
            @Schema(requiredMode = RequiredMode.REQUIRED) Role role,
            String code,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<CardBalance> own,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<CardBalance> mirrored) {
    }

    private final SitesProperties properties;
    private final LinkStore links;
    private final OutboxStore outbox;
    private final MirrorStore mirror;
    private final PostingRecords postings;
    private final ObjectProvider<SiteLink> siteLink;
    private final BusinessClock clock;

    SiteStatus(SitesProperties properties, LinkStore links, OutboxStore outbox, MirrorStore mirror,
               PostingRecords postings, ObjectProvider<SiteLink> siteLink, BusinessClock clock) {
        this.properties = properties;
        this.links = links;
        this.outbox = outbox;
        this.mirror = mirror;
        this.postings = postings;
        this.siteLink = siteLink;
        this.clock = clock;
    }

    public Mono<SitesView> status() {
        Flux<LinkView> views = switch (properties.role()) {
            case NONE -> Flux.empty();
            case SITE -> links.find(properties.code()).flatMapMany(link -> siteView(link).flux());
            case CENTRE -> links.all().concatMap(this::centreView);
        };
        return views.collectList().map(list -> new SitesView(properties.role(), properties.code(), list));
    }

    private Mono<LinkView> siteView(Link link) {
        SiteLink running = siteLink.getIfAvailable();
        long end = running == null ? -1 : running.feedEnd();
        Long down = end < 0 ? null : Math.max(0, end - link.downCursor());
        return outbox.pending(link.upAcked()).zipWith(outbox.oldestPending(link.upAcked())
                        .map(oldest -> seconds(oldest)).defaultIfEmpty(0L))
                .map(t -> view(link, t.getT1(), down, t.getT2()));
    }

    private Mono<LinkView> centreView(Link link) {
        return mirror.feedPending(link.code(), link.downCursor())
                .map(down -> view(link, null, down, link.lastContactAt() == null ? null : seconds(link.lastContactAt())));
    }

    private long seconds(Instant since) {
        return Math.max(0, Duration.between(since, clock.now()).toSeconds());
    }

    private static LinkView view(Link link, Long up, Long down, Long lag) {
        return new LinkView(link.code(), link.lastContactAt(), link.lastError(), link.lastErrorAt(), link.upSeq(),
                link.upAcked(), link.downCursor(), up, down, lag);
    }

    public Mono<BalancesView> balances() {
        Mono<List<CardBalance>> own = properties.role() == Role.CENTRE ? Mono.just(List.of())
                : postings.ownWallets(MAX_BALANCES).map(list -> list.stream()
                        .map(w -> new CardBalance(properties.code() == null ? "" : properties.code(), w.cardNo(), w.wallet(),
                                w.balanceFen())).toList());
        Mono<List<CardBalance>> mirrored = mirror.all(MAX_BALANCES)
                .map(m -> new CardBalance(m.homeSite(), m.cardNo(), m.wallet(), m.balanceFen())).collectList();
        return Mono.zip(own, mirrored).map(t -> new BalancesView(properties.role(), properties.code(), t.getT1(), t.getT2()));
    }
}
