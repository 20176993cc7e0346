package org.hundredparks.api.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.idempotency.IdempotencyFilters;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.subscription.Subscriptions;

/** A person's WeChat subscriptions: which templates the platform sends, and the answers the mini-program reports. */
@Path("/wechat/subscriptions")
@Tag(name = "订阅消息", description = "微信小程序一次性订阅消息：每次用户同意，平台可发送一条该模板的消息（如提醒）")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final CurrentCaller caller;

    public SubscriptionResource(Subscriptions subscriptions, CurrentCaller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "我的订阅", description = "微信登录的人员可看：平台发送的模板（把 templateId 传给 wx.requestSubscribeMessage 的 tmplIds）"
            + "及本人尚余的同意次数。对接系统与开发令牌不是人员（403 NOT_A_PERSON）。")
    public List<Subscriptions.TemplateSubscription> mine() {
        return subscriptions.mine(caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "报告订阅结果", description = "微信登录的人员在 wx.requestSubscribeMessage 成功回调后调用，报告每个模板的选择："
            + "每个 accept 可让平台发送一条该模板的消息（每模板至多累积50次），发送一条用掉一次；ban 清零。"
            + "重试请带相同的 Idempotency-Key，否则同一次同意会被计两次。返回本人的订阅。")
    public List<Subscriptions.TemplateSubscription> answer(
            @Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            Subscriptions.Answers answers) {
        return subscriptions.answer(caller.get(), answers);
    }
}
