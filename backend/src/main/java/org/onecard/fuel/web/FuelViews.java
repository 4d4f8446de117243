package org.onecard.fuel.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onecard.fuel.CreditClearings.Cleared;
import org.onecard.fuel.FuelCards.Standing;
import org.onecard.fuel.FuelSalesReport.Line;
import org.onecard.fuel.FuelSalesReport.Report;
import org.onecard.fuel.GreyLocks.Unlocked;
import org.onecard.fuel.VolumePurchases.Bought;
import org.onecard.fuel.domain.CardMode;
import org.onecard.fuel.persistence.FuelSaleStore.GreyCard;
import org.onecard.fuel.persistence.FuelSaleStore.Sale;
import org.onecard.fuel.persistence.FuelStore.Price;

/** The HTTP shapes of gas-station prices, card profiles, counter acts, grey cards and the sales summary. */
final class FuelViews {

    private FuelViews() {
    }

    @Schema(description = "A row of a station's price list: fen per whole unit (m³ or L), from a moment on")
    record PriceView(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
                     @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
                     @Schema(requiredMode = RequiredMode.REQUIRED) String outletName,
                     @Schema(requiredMode = RequiredMode.REQUIRED, description = "0, 1 or 2") int priceLevel,
                     @Schema(requiredMode = RequiredMode.REQUIRED) long unitPriceFen,
                     @Schema(requiredMode = RequiredMode.REQUIRED) Instant effectiveFrom,
                     @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt) {

        static PriceView of(Price p) {
            return new PriceView(p.id(), p.outletId(), p.outletName(), p.priceLevel(), p.unitPriceFen(), p.effectiveFrom(),
                    p.createdAt());
        }
    }

    @Schema(description = "A new price: a change is a new row, the list keeps its history")
    record PriceRequest(@Schema(requiredMode = RequiredMode.REQUIRED) Long outletId,
                        @Schema(requiredMode = RequiredMode.REQUIRED, description = "0, 1 or 2") Integer priceLevel,
                        @Schema(requiredMode = RequiredMode.REQUIRED, description = "1 to 10000000") Long unitPriceFen,
                        @Schema(requiredMode = RequiredMode.REQUIRED) Instant effectiveFrom) {
    }

    @Schema(description = "A card's gas-station profile and what it holds. Volumes are hundredths of the unit;"
            + " credit figures count the mode's unit (fen, or volume for CREDIT_VOLUME)")
    record FuelCardView(@Schema(requiredMode = RequiredMode.REQUIRED) long cardId,
                        @Schema(requiredMode = RequiredMode.REQUIRED) CardMode mode,
                        @Schema(requiredMode = RequiredMode.REQUIRED) int priceLevel,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long creditLimit,
                        @Schema(requiredMode = RequiredMode.REQUIRED, description = "prepaid volume left") long volume,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long creditLeft,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long creditUsed,
                        @Schema(requiredMode = RequiredMode.REQUIRED, description = "what clearing takes now") long owedFen,
                        @Schema(description = "the pending lock when the card is grey") Long greyLockId) {

        static FuelCardView of(Standing s) {
            return new FuelCardView(s.profile().cardId(), s.profile().mode(), s.profile().priceLevel(),
                    s.profile().creditLimit(), s.volume(), s.creditLeft(), s.creditUsed(), s.owedFen(), s.greyLockId());
        }
    }

    @Schema(description = "A card's mode and price level")
    record ProfileRequest(@Schema(requiredMode = RequiredMode.REQUIRED) String mode,
                          @Schema(requiredMode = RequiredMode.REQUIRED, description = "0, 1 or 2") Integer priceLevel) {
    }

    @Schema(description = "A credit card's limit in the mode's unit (fen, or hundredths of volume)")
    record LimitRequest(@Schema(requiredMode = RequiredMode.REQUIRED) Long limit) {
    }

    @Schema(description = "Either a volume (hundredths of the unit) or an amount in fen")
    record VolumeRequest(Long outletId, Long volume, Long amountFen) {
    }

    @Schema(description = "Prepaid volume bought at the counter")
    record BoughtView(@Schema(requiredMode = RequiredMode.REQUIRED) long postingId,
                      @Schema(requiredMode = RequiredMode.REQUIRED) long volume,
                      @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
                      @Schema(description = "absent on a replay") Long unitPriceFen,
                      @Schema(requiredMode = RequiredMode.REQUIRED) long volumeAfter,
                      @Schema(requiredMode = RequiredMode.REQUIRED) boolean replayed) {

        static BoughtView of(Bought b) {
            return new BoughtView(b.postingId(), b.volume(), b.amountFen(), b.unitPriceFen(), b.volumeAfter(), b.replayed());
        }
    }

    @Schema(description = "A clearing receipt (记账额清零凭证)")
    record ClearingView(@Schema(requiredMode = RequiredMode.REQUIRED) long postingId,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long cardId,
                        Long fleetId,
                        @Schema(requiredMode = RequiredMode.REQUIRED) CardMode mode,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long paidFen,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long volumeCleared,
                        @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate accountingDate,
                        @Schema(requiredMode = RequiredMode.REQUIRED) Instant clearedAt,
                        @Schema(requiredMode = RequiredMode.REQUIRED) boolean replayed) {

        static ClearingView of(Cleared c) {
            var r = c.clearing();
            return new ClearingView(r.postingId(), r.cardId(), r.fleetId(), r.mode(), r.paidFen(), r.volumeCleared(),
                    r.accountingDate(), r.clearedAt(), c.replayed());
        }
    }

    @Schema(description = "A grey card: its pending lock at a dispenser's nozzle")
    record GreyCardView(@Schema(requiredMode = RequiredMode.REQUIRED) long lockId,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long cardId,
                        @Schema(requiredMode = RequiredMode.REQUIRED) String cardNo,
                        @Schema(requiredMode = RequiredMode.REQUIRED) String terminalCode,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
                        @Schema(requiredMode = RequiredMode.REQUIRED) int nozzleNo,
                        @Schema(requiredMode = RequiredMode.REQUIRED) Instant lockedAt,
                        @Schema(requiredMode = RequiredMode.REQUIRED) boolean pending,
                        Long postingId) {

        static GreyCardView of(GreyCard g) {
            var l = g.lock();
            return new GreyCardView(l.id(), l.cardId(), g.cardNo(), g.terminalCode(), g.outletId(), l.nozzleNo(),
                    l.lockedAt(), l.pending(), l.postingId());
        }
    }

    @Schema(description = "The pending record at the counter: the volume or the amount the dispenser shows; neither"
            + " when nothing was fuelled")
    record UnlockRequest(Long volume, Long amountFen) {
    }

    @Schema(description = "A fuel sale")
    record SaleView(@Schema(requiredMode = RequiredMode.REQUIRED) long postingId,
                    @Schema(requiredMode = RequiredMode.REQUIRED) int nozzleNo,
                    @Schema(requiredMode = RequiredMode.REQUIRED) CardMode mode,
                    @Schema(requiredMode = RequiredMode.REQUIRED) int priceLevel,
                    @Schema(requiredMode = RequiredMode.REQUIRED) long unitPriceFen,
                    @Schema(requiredMode = RequiredMode.REQUIRED) long volume,
                    @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
                    String plate) {

        static SaleView of(Sale s) {
            return s == null ? null : new SaleView(s.postingId(), s.nozzleNo(), s.mode(), s.priceLevel(), s.unitPriceFen(),
                    s.volume(), s.amountFen(), s.plate());
        }
    }

    @Schema(description = "An unlock: the lock as it now stands and the sale booked (absent when nothing was fuelled)")
    record UnlockedView(@Schema(requiredMode = RequiredMode.REQUIRED) GreyCardView lock, SaleView sale) {

        static UnlockedView of(Unlocked u) {
            return new UnlockedView(GreyCardView.of(u.lock()), u.sale() == null ? null : SaleView.of(u.sale().sale()));
        }
    }

    @Schema(description = "One group of the fuel sales summary")
    record SalesLineView(@Schema(description = "a plate, fleet id, card type id or mode; absent for none") String key,
                         String label,
                         @Schema(requiredMode = RequiredMode.REQUIRED) long sales,
                         @Schema(requiredMode = RequiredMode.REQUIRED) long volume,
                         @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {

        static SalesLineView of(Line l) {
            return new SalesLineView(l.key(), l.label(), l.sales(), l.volume(), l.amountFen());
        }
    }

    @Schema(description = "Fuel sales by plate, fleet, card type or card mode (加气销售汇总) with totals")
    record SalesSummaryView(@Schema(requiredMode = RequiredMode.REQUIRED) LocalDate from,
                            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate to,
                            @Schema(requiredMode = RequiredMode.REQUIRED) String groupBy,
                            @Schema(requiredMode = RequiredMode.REQUIRED) List<SalesLineView> lines,
                            @Schema(requiredMode = RequiredMode.REQUIRED) long sales,
                            @Schema(requiredMode = RequiredMode.REQUIRED) long volume,
                            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {

        static SalesSummaryView of(Report r) {
            return new SalesSummaryView(r.range().from(), r.range().to(), r.groupBy().name(),
                    r.lines().stream().map(SalesLineView::of).toList(), r.sales(), r.volume(), r.amountFen());
        }
    }
}
