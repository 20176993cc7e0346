package org.hundredparks.api.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.api.idempotency.IdempotencyFilters;
import org.hundredparks.reminder.Reminder;
import org.hundredparks.reminder.ReminderService;
import org.hundredparks.validation.InvalidInputException;

/** The inbox of an organisation (and, for a province's authorities, of their province). */
@Path("/reminders")
@Tag(name = "提醒", description = "行动计划、评估报告、合作进展与揭榜截止的提醒")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ReminderResource {

    private final ReminderService reminders;
    private final CurrentCaller caller;

    public ReminderResource(ReminderService reminders, CurrentCaller caller) {
        this.reminders = reminders;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "查看提醒", description = "登录用户可看：发给本人的提醒（本人提交的榜单、本人发起的合作），本单位的提醒，省级主管部门另含本省的提醒；最新的在前。已读状态按人记录。")
    public List<Reminder> inbox(@Parameter(description = "条数，1–100，默认20") @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("OUT_OF_RANGE", "limit", "limit 应在1到100之间");
        }
        return reminders.inbox(caller.get(), limit);
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "标记为已读", description = "提醒的收件人（本人、本单位或本省主管部门）可调用；只对本人标记已读，重复标记不改变首次已读时间。")
    public Reminder read(@Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            @PathParam("id") String id) {
        return reminders.markRead(caller.get(), id);
    }
}
