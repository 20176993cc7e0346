package org.hundredparks.api.health;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.storage.StorageHealth;

/** Ready when the table answers: what a load balancer, the local run and a person check first. */
@Path("/health")
@Tag(name = "运行状态", description = "服务是否就绪")
public class HealthResource {

    private final StorageHealth storage;

    public HealthResource(StorageHealth storage) {
        this.storage = storage;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "服务健康检查", description = "任何人可调用。数据表可访问时返回 UP。")
    public Response health() {
        try {
            String status = storage.tableStatus();
            return Response.ok(Map.of("status", "UP", "table", status)).build();
        } catch (RuntimeException e) {
            return Response.status(503).entity(Map.of("status", "DOWN", "table", "UNREACHABLE")).build();
        }
    }
}
