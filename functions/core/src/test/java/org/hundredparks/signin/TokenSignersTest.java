package org.hundredparks.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.local.aws.KmsStandIn;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The platform's tokens, signed by the local key pair and by a KMS key through the real AWS SDK against a
 * stand-in speaking KMS's protocol: each token verifies with the key the JWKS publishes under its kid, carries
 * the caller's claims, and lives at most 15 minutes; during a rotation the JWKS holds both keys.
 */
class TokenSignersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-09-01T02:00:00Z"), ZoneOffset.UTC);
    private static final Caller CALLER = new Caller("cli_1", Role.PROVINCE_AUTHORITY, "gd-sci", "440000", Domain.SCIENCE, null);

    @Test
    void theLocalKeySignsTokensItsJwksVerifies() throws Exception {
        TokenSigner local = new LocalTokenSigner(Path.of("../../local/jwt/private.pem"));
        AccessTokens tokens = new AccessTokens(local, "https://local.hundred-parks.org", "hundred-parks", Duration.ofHours(10), CLOCK);
        SignedJWT jwt = verified(tokens, tokens.issue(CALLER).token());
        assertEquals(Instant.parse("2024-09-01T02:15:00Z"), jwt.getJWTClaimsSet().getExpirationTime().toInstant(), "never more than 15 minutes");
        assertEquals(List.of("PROVINCE_AUTHORITY"), jwt.getJWTClaimsSet().getStringListClaim("groups"));
        assertEquals("SCIENCE", jwt.getJWTClaimsSet().getStringClaim("domain"));
        assertEquals("440000", jwt.getJWTClaimsSet().getStringClaim("region"));
        assertEquals(List.of("hundred-parks"), jwt.getJWTClaimsSet().getAudience());
    }

    @Test
    void aKmsKeySignsWithoutShowingItsPrivateHalfAndBothKeysArePublishedDuringARotation() throws Exception {
        try (KmsStandIn stand = KmsStandIn.start(0);
                KmsClient kms = KmsClient.builder().endpointOverride(URI.create(stand.endpoint())).region(Region.CN_NORTH_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                        .httpClient(UrlConnectionHttpClient.create()).build()) {
            String old = stand.createSigningKey();
            String current = stand.createSigningKey();
            KmsTokenSigner signer = new KmsTokenSigner(kms, current, Optional.of(old));
            AccessTokens tokens = new AccessTokens(signer, "https://api.hundred-parks.org", "hundred-parks", Duration.ofMinutes(5), CLOCK);
            SignedJWT jwt = verified(tokens, tokens.issue(CALLER).token());
            assertEquals("gd-sci", jwt.getJWTClaimsSet().getStringClaim("org"));
            JWKSet published = JWKSet.parse(tokens.jwks());
            assertEquals(2, published.getKeys().size(), "the signing key and the one it replaces");
            assertFalse(published.getKeys().stream().anyMatch(k -> k.isPrivate()), "public keys only");
            RSAKey previous = (RSAKey) published.getKeys().get(1);
            assertFalse(jwt.verify(new RSASSAVerifier(previous)), "signed by the current key, not the previous");
            KmsTokenSigner alone = new KmsTokenSigner(kms, old, Optional.empty());
            assertEquals(previous.getKeyID(), alone.keyId(), "a key keeps its kid (its thumbprint)");
        }
    }

    /** The token as a verifier sees it: parsed, its kid found in the JWKS, its signature checked with that key. */
    private static SignedJWT verified(AccessTokens tokens, String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        RSAKey key = (RSAKey) JWKSet.parse(tokens.jwks()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(key != null && jwt.verify(new RSASSAVerifier(key)), "verifies with the published key named by its kid");
        assertEquals("cli_1", jwt.getJWTClaimsSet().getSubject());
        return jwt;
    }
}
