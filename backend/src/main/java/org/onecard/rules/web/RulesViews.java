package org.onecard.rules.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.onecard.rules.domain.CardType;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.rules.domain.WalletMode;

/** HTTP shapes of the card-centre rules. Amounts are integer fen; 0 means "no limit" where noted. */
final class RulesViews {

    private RulesViews() {
    }

    @Schema(description = "System parameters (系统参数)")
    record SystemParametersView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "maximum card balance") @NotNull Long maxCardBalanceFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "0 = no single-recharge limit") @NotNull Long singleRechargeLimitFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Boolean rechargeAtIssueAllowed,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Boolean negativeRechargeAllowed,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "refundable deposit per card") @NotNull Long depositFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "card cost, not refundable") @NotNull Long cardCostFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Integer cardValidityYears,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "grey-record waiting days before a reissue gets the balance")
            @NotNull Integer greyWaitingDays,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Integer correctionWindowHours,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "0 = subsidies never expire") @NotNull Integer subsidyValidityDays,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Boolean subsidyMonthOnly,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "locked once cards exist") @NotNull WalletMode walletMode,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull DeductionOrder defaultDeductionOrder,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "locked once cards exist") @NotNull Boolean autoCardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "locked once cards exist") @NotNull Integer cardNoLength) {

        static SystemParametersView of(SystemParameters p) {
            return new SystemParametersView(p.maxCardBalanceFen(), p.singleRechargeLimitFen(), p.rechargeAtIssueAllowed(),
                    p.negativeRechargeAllowed(), p.depositFen(), p.cardCostFen(), p.cardValidityYears(),
                    p.greyWaitingDays(), p.correctionWindowHours(), p.subsidyValidityDays(), p.subsidyMonthOnly(),
                    p.walletMode(), p.defaultDeductionOrder(), p.autoCardNo(), p.cardNoLength());
        }

        SystemParameters toDomain() {
            return new SystemParameters(maxCardBalanceFen, singleRechargeLimitFen, rechargeAtIssueAllowed,
                    negativeRechargeAllowed, depositFen, cardCostFen, cardValidityYears, greyWaitingDays,
                    correctionWindowHours, subsidyValidityDays, subsidyMonthOnly, walletMode, defaultDeductionOrder,
                    autoCardNo, cardNoLength);
        }
    }

    record MealPeriodView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "1..8") @NotNull Integer id,
            @Size(max = 20) String name,
            @Schema(type = "string", example = "11:00", description = "HH:mm") LocalTime start,
            @Schema(type = "string", example = "13:30", description = "HH:mm, after start") LocalTime end,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Boolean enabled) {

        static MealPeriodView of(MealPeriod p) {
            return new MealPeriodView(p.id(), p.name(), p.start(), p.end(), p.enabled());
        }

        MealPeriod toDomain() {
            return new MealPeriod(id, name == null ? null : name.trim(), start, end, enabled);
        }
    }

    record MealPeriodsView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "all eight periods, ids 1..8")
            @NotNull @Size(max = 8) List<@Valid @NotNull MealPeriodView> periods) {

        static MealPeriodsView of(MealSchedule s) {
            return new MealPeriodsView(s.periods().stream().map(MealPeriodView::of).toList());
        }

        MealSchedule toDomain() {
            return new MealSchedule(periods.stream().map(MealPeriodView::toDomain).toList());
        }
    }

    @Schema(description = "A card type (卡类) and its rules; limits of 0 mean none")
    record CardTypeRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull @Size(min = 1, max = 50) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "charged = amount × discount / 100; 100 = none")
            @NotNull Integer discountPercent,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "above it the overdraft password is asked")
            @NotNull Long perTransactionMaxFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "0 = forever") @NotNull Integer validDays,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long minBalanceFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "0 = the system maximum") @NotNull Long maxBalanceFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull DeductionOrder deductionOrder,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Integer perMealCountLimit,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long perMealAmountLimitFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Integer perDayCountLimit,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long perDayAmountLimitFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "meal period ids 1..8")
            @NotNull @Size(max = 8) Set<Integer> allowedMealPeriods,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Boolean allTerminals,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "terminal numbers 1..999 when not all")
            @NotNull @Size(max = 999) Set<Integer> allowedTerminals,
            @Schema(description = "a terminal purchase must carry the cardholder's PIN; absent = false")
            Boolean pinRequired) {

        CardTypeRules toDomain() {
            return new CardTypeRules(name, discountPercent, perTransactionMaxFen, validDays, minBalanceFen, maxBalanceFen,
                    deductionOrder, perMealCountLimit, perMealAmountLimitFen, perDayCountLimit, perDayAmountLimitFen,
                    allowedMealPeriods, allTerminals, allowedTerminals, Boolean.TRUE.equals(pinRequired));
        }
    }

    record CardTypeView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED) int discountPercent,
            @Schema(requiredMode = RequiredMode.REQUIRED) long perTransactionMaxFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) int validDays,
            @Schema(requiredMode = RequiredMode.REQUIRED) long minBalanceFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long maxBalanceFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) DeductionOrder deductionOrder,
            @Schema(requiredMode = RequiredMode.REQUIRED) int perMealCountLimit,
            @Schema(requiredMode = RequiredMode.REQUIRED) long perMealAmountLimitFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) int perDayCountLimit,
            @Schema(requiredMode = RequiredMode.REQUIRED) long perDayAmountLimitFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Integer> allowedMealPeriods,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean allTerminals,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Integer> allowedTerminals,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean pinRequired) {

        static CardTypeView of(CardType t) {
            CardTypeRules r = t.rules();
            return new CardTypeView(t.id(), r.name(), r.discountPercent(), r.perTransactionMaxFen(), r.validDays(),
                    r.minBalanceFen(), r.maxBalanceFen(), r.deductionOrder(), r.perMealCountLimit(),
                    r.perMealAmountLimitFen(), r.perDayCountLimit(), r.perDayAmountLimitFen(),
                    r.allowedMealPeriods().stream().sorted().toList(), r.allTerminals(),
                    r.allowedTerminals().stream().sorted().toList(), r.pinRequired());
        }
    }
}
