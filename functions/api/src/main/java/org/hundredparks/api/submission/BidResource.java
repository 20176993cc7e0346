package org.hundredparks.api.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.idempotency.IdempotencyFilters;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.BidFields;
import org.hundredparks.submission.BidService;

/** 揭榜: bids on a published challenge, and the acceptance that opens a cooperation. */
@Path("/challenges/{challengeId}/bids")
@Tag(name = "揭榜", description = "对已发布榜单的揭榜方案与采纳")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class BidResource {

    /** Accepting names the cooperation by the programme's rule. */
    @Schema(name = "AcceptanceRequest", requiredProperties = "cooperationName")
    public record Acceptance(@Schema(minLength = 1) String cooperationName) {
    }

    private final BidService bids;
    private final CurrentCaller caller;

    public BidResource(BidService bids, CurrentCaller caller) {
        this.bids = bids;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "揭榜", description = "园区、高校或团队（企业）可调用；每个单位对一个榜单一份方案，未采纳前可修改。")
    @APIResponse(responseCode = "201", description = "已揭榜", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bid.class)))
    @APIResponse(responseCode = "200", description = "已修改本单位的方案", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bid.class)))
    public Response bid(@PathParam("challengeId") String challengeId,
            @Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            BidFields fields) {
        Bid bid = bids.bid(caller.get(), challengeId, fields);
        return (bid.version() == 1 ? Response.created(URI.create("/challenges/" + challengeId + "/bids/" + bid.id()))
                : Response.ok()).entity(bid).build();
    }

    @GET
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "查看揭榜方案", description = "发榜企业与主管部门看全部；揭榜方只看自己的。")
    public List<Bid> list(@PathParam("challengeId") String challengeId) {
        return bids.bids(caller.get(), challengeId);
    }

    @POST
    @Path("/{bidId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "采纳揭榜方案", description = "发榜单位或发布部门可调用；每个榜单只采纳一份，采纳即建立合作项目（重复调用返回同一合作）。")
    public BidService.Acceptance accept(@PathParam("challengeId") String challengeId, @PathParam("bidId") String bidId,
            Acceptance acceptance) {
        return bids.accept(caller.get(), challengeId, bidId, acceptance == null ? null : acceptance.cooperationName());
    }
}
