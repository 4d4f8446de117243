package org.onecard.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.onecard.identity.CurrentUser;
import org.onecard.payments.WechatOpenids;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * WeChat web OAuth for the signed-in cardholder, so the mobile page can pay inside WeChat (JSAPI):
 * whether we know their openid, the authorize address to send the phone to, and the code it came
 * back with. The openid itself never leaves the server.
 */
@RestController
@RequestMapping("/api/h5/wechat")
@Tag(name = "cardholder-payments")
class CardholderWechatController {

    private final WechatOpenids openids;

    CardholderWechatController(WechatOpenids openids) {
        this.openids = openids;
    }

    @Schema(description = "Whether in-WeChat pay can start at once")
    record WechatBindingView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "true when my openid is known:"
                    + " a JSAPI order without openid uses it") boolean bound) {
    }

    @Schema(description = "Where WeChat should bring the phone back after authorizing")
    record WechatAuthorizeRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "a page under /h5/, e.g. /h5/recharge")
            @NotBlank @Size(max = 256) String returnPath) {
    }

    record WechatAuthorizeView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "WeChat's snsapi_base authorize address")
            String authorizeUrl,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the state it carries; the page keeps it and"
                    + " checks WeChat brings the same one back") String state) {
    }

    @Schema(description = "What WeChat brought the phone back with")
    record WechatCodeRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotBlank @Size(max = 256) String code,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotBlank @Size(max = 128) String state) {
    }

    @GetMapping("/binding")
    @Operation(operationId = "getMyWechatBinding", summary = "Whether my WeChat openid is known (no OAuth needed)")
    Mono<WechatBindingView> binding(@AuthenticationPrincipal CurrentUser user) {
        return openids.openidOf(user.id()).map(o -> new WechatBindingView(true))
                .defaultIfEmpty(new WechatBindingView(false));
    }

    @PostMapping("/oauth/authorize")
    @Operation(operationId = "startWechatOauth",
            summary = "The WeChat web OAuth (snsapi_base) address to send the phone to, with a state tied to my sign-in")
    Mono<WechatAuthorizeView> authorize(@Valid @RequestBody WechatAuthorizeRequest request,
                                        @AuthenticationPrincipal CurrentUser user) {
        return openids.authorize(user.id(), request.returnPath())
                .map(a -> new WechatAuthorizeView(a.url(), a.state()));
    }

    @PostMapping("/oauth/code")
    @Operation(operationId = "finishWechatOauth",
            summary = "Exchange the code WeChat came back with (its state must be one issued to my sign-in);"
                    + " binds my openid")
    Mono<WechatBindingView> code(@Valid @RequestBody WechatCodeRequest request,
                                 @AuthenticationPrincipal CurrentUser user) {
        return openids.bind(user.id(), request.code(), request.state()).thenReturn(new WechatBindingView(true));
    }
}
