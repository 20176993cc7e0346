package org.hundredparks.signin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.identity.Caller;

/**
 * 人员: a person of one organisation with a role, bound to a WeChat openid (and unionid, one identity on phone and
 * desk). The claims of their tokens ({@code actingAs}) are those of the invitation they bound with; a disabled
 * person gets no token and their tokens stop working.
 */
@RegisterForReflection
public record Person(String id, String organisationId, Status status, Instant boundAt, String invitedBy,
        @JsonIgnore String openid, @JsonIgnore String unionid, @JsonIgnore Caller actingAs) {

    @RegisterForReflection
    @Schema(name = "PersonStatus")
    public enum Status { ACTIVE, DISABLED }
}
