package org.onecard.merchant.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.onecard.common.outcome.Page;
import org.onecard.merchant.application.Outlets;
import org.onecard.merchant.domain.Merchant;
import org.onecard.merchant.domain.MerchantDraft;
import org.onecard.merchant.domain.Outlet;
import org.onecard.merchant.domain.OutletDraft;
import org.onecard.merchant.domain.OutletKind;

/** The HTTP shapes of merchants and outlets. */
final class MerchantViews {

    private MerchantViews() {
    }

    @Schema(description = "A merchant (商户)")
    record MerchantView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            String contactName,
            String phone,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long outletCount) {

        static MerchantView of(Merchant m) {
            return new MerchantView(m.id(), m.name(), m.contactName(), m.phone(), m.outletCount());
        }
    }

    @Schema(description = "A page of merchants, by name")
    record MerchantPageView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<MerchantView> items,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long total) {

        static MerchantPageView of(Page<Merchant> p) {
            return new MerchantPageView(p.items().stream().map(MerchantView::of).toList(), p.page(), p.size(),
                    p.total());
        }
    }

    @Schema(description = "A merchant's details; the name is unique among merchants")
    record MerchantRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MerchantDraft.MAX_NAME) @NotBlank
            @Size(max = MerchantDraft.MAX_NAME) String name,
            @Schema(maxLength = MerchantDraft.MAX_CONTACT) @Size(max = MerchantDraft.MAX_CONTACT) String contactName,
            @Schema(maxLength = MerchantDraft.MAX_PHONE) @Size(max = MerchantDraft.MAX_PHONE) String phone) {

        MerchantDraft draft() {
            return new MerchantDraft(name, contactName, phone);
        }
    }

    @Schema(description = "An outlet (餐厅/超市) with its ledger revenue account")
    record OutletView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long merchantId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String merchantName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OutletKind kind,
            @Schema(description = "the OUTLET_REVENUE ledger account that consumption is paid into")
            Long revenueAccountId) {

        static OutletView of(Outlets.Details d) {
            Outlet o = d.outlet();
            return new OutletView(o.id(), o.merchantId(), o.merchantName(), o.name(), o.kind(), d.revenueAccountId());
        }
    }

    @Schema(description = "An outlet in a list")
    record OutletSummaryView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long merchantId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String merchantName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OutletKind kind) {

        static OutletSummaryView of(Outlet o) {
            return new OutletSummaryView(o.id(), o.merchantId(), o.merchantName(), o.name(), o.kind());
        }
    }

    @Schema(description = "A page of outlets, by merchant and name")
    record OutletPageView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<OutletSummaryView> items,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long total) {

        static OutletPageView of(Page<Outlet> p) {
            return new OutletPageView(p.items().stream().map(OutletSummaryView::of).toList(), p.page(), p.size(),
                    p.total());
        }
    }

    @Schema(description = "A new outlet; its name is unique within its merchant")
    record OutletCreateRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Positive Long merchantId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = OutletDraft.MAX_NAME) @NotBlank
            @Size(max = OutletDraft.MAX_NAME) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull OutletKind kind) {

        OutletDraft draft() {
            return new OutletDraft(name, kind);
        }
    }

    @Schema(description = "An outlet's new name and kind; it stays with its merchant")
    record OutletUpdateRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = OutletDraft.MAX_NAME) @NotBlank
            @Size(max = OutletDraft.MAX_NAME) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull OutletKind kind) {

        OutletDraft draft() {
            return new OutletDraft(name, kind);
        }
    }
}
