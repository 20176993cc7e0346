package org.hundredparks.api.identity;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Refusal;
import org.hundredparks.signin.Sessions;

/**
 * The caller of this request, from the verified token. API Gateway's JWT authorizer checks tokens
 * first in AWS; this function verifies signature and claims again (smallrye-jwt), so it is safe on any
 * path that reaches it. No token: a {@link Role#PUBLIC} caller without identity. Claims: {@code groups}
 * (the role), {@code org}, {@code region}, {@code domain} (authorities), {@code park} (park admins).
 */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;
    private final Sessions sessions;
    private Caller caller;

    public CurrentCaller(JsonWebToken token, Sessions sessions) {
        this.token = token;
        this.sessions = sessions;
    }

    /**
     * The caller; a token whose person was disabled, whose system was revoked, or whose organisation was suspended
     * after it was issued is refused here (a read of the person or system and one of the organisation per request),
     * not left to live out its 15 minutes.
     */
    public Caller get() {
        if (caller == null) {
            boolean signedIn = token != null && token.getName() != null;
            Caller read = signedIn
                    ? new Caller(token.getSubject(), role(token), token.getClaim("org"), token.getClaim("region"),
                            domain(token.getClaim("domain")), token.getClaim("park"))
                    : Caller.anonymous();
            if (signedIn && !sessions.active(read, Instant.ofEpochSecond(token.getIssuedAtTime()))) {
                throw new Refusal(401, "SESSION_ENDED", null, "账号已停用、对接系统已停用、所在单位已停用，或令牌不是本平台签发的，请重新登录");
            }
            caller = read;
        }
        return caller;
    }

    private static Domain domain(Object claim) {
        for (Domain domain : Domain.values()) {
            if (domain.name().equals(String.valueOf(claim))) {
                return domain;
            }
        }
        return null;
    }

    private static Role role(JsonWebToken token) {
        for (Role role : Role.values()) {
            if (token.getGroups().contains(role.name())) {
                return role;
            }
        }
        return Role.PUBLIC;
    }
}
