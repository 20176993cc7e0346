package org.hundredparks.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hundredparks.identity.Caller;

/**
 * The platform's access tokens: RS256 JWTs whose claims are those the API reads into a {@link Caller}
 * ({@code groups} the role, {@code org}, {@code region}, {@code domain}, {@code park}), issued for at most 15
 * minutes, signed by the {@link TokenSigner}.
 */
public final class AccessTokens {

    static final Duration LONGEST = Duration.ofMinutes(15);

    private final TokenSigner signer;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(TokenSigner signer, String issuer, String audience, Duration lifetime, Clock clock) {
        this.signer = signer;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime.compareTo(LONGEST) > 0 ? LONGEST : lifetime;
        this.clock = clock;
    }

    /** A token issued now. */
    public record Issued(String token, Instant expiresAt, long expiresInSeconds) {
    }

    /** A token for a caller: its subject and organisation claims as they are to be read back. */
    public Issued issue(Caller caller) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(audience).subject(caller.subject()).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(expires))
                .claim("groups", List.of(caller.role().name()))
                .claim("org", caller.organisationId())
                .claim("region", caller.regionCode())
                .claim("domain", caller.domain() == null ? null : caller.domain().name())
                .claim("park", caller.parkId());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(signer.keyId()).build(),
                claims.build());
        try {
            jwt.sign(signer.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("the token could not be signed", e);
        }
        return new Issued(jwt.serialize(), expires, lifetime.toSeconds());
    }

    /** The JWKS document: the public keys tokens may carry ({@code /.well-known/jwks.json}). */
    public String jwks() {
        return new com.nimbusds.jose.jwk.JWKSet(List.copyOf(signer.publicKeys())).toString(true);
    }

    public String issuer() {
        return issuer;
    }
}
