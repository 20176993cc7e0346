package org.hundredparks.signin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.identity.Caller;

/**
 * 对接系统: a region's or an organisation's own system, submitting over HTTPS with client credentials. It acts
 * for the organisation that registered it, with the claims of the registration ({@code actingAs}); its secret is
 * kept only as a hash, and a revoked system gets no token.
 */
@RegisterForReflection
public record ClientSystem(String clientId, String organisationId, String name, Status status, Instant createdAt,
        Instant secretIssuedAt, @JsonIgnore Caller actingAs) {

    @RegisterForReflection
    @Schema(name = "ClientSystemStatus")
    public enum Status { ACTIVE, REVOKED }
}
