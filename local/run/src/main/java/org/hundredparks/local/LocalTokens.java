package org.hundredparks.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Mints tokens for any role, organisation and region, signed with the local-only key in local/jwt
 * that the API's local profile trusts. Exists only in the local run, never in a Lambda artifact.
 */
final class LocalTokens {

    /** The issuer and audience the API's local profile expects (functions/api application.properties). */
    static final String ISSUER = "https://local.hundred-parks.org";
    static final String AUDIENCE = "hundred-parks";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey key;

    LocalTokens(Path privateKeyPem) {
        try {
            String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            this.key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the local signing key " + privateKeyPem, e);
        }
    }

    String mint(String role, String organisationId, String regionCode, Duration validFor) {
        return mint(role, organisationId, regionCode, null, null, validFor);
    }

    /** With an authority's domain (INDUSTRY, EDUCATION, SCIENCE) or a park admin's park, when given. */
    String mint(String role, String organisationId, String regionCode, String domain, String park, Duration validFor) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", "local-" + role.toLowerCase() + "-" + organisationId);
        claims.put("upn", "local-" + role.toLowerCase() + "-" + organisationId);
        claims.put("groups", List.of(role));
        claims.put("org", organisationId);
        if (regionCode != null && !regionCode.isBlank()) {
            claims.put("region", regionCode);
        }
        if (domain != null && !domain.isBlank()) {
            claims.put("domain", domain);
        }
        if (park != null && !park.isBlank()) {
            claims.put("park", park);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(validFor).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String header = encode(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = encode(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + encode(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
