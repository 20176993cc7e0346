package org.hundredparks.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.signin.AccessTokens;
import org.hundredparks.signin.LocalTokenSigner;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/**
 * The platform signs its tokens with a KMS key of the stack, and API Gateway's JWT authorizer accepts exactly what
 * the API issues: the same issuer (the API's own address, where the JWKS is served), an audience it lists, and a
 * lifetime the authorizer's expiry check allows. Sign-in and the public keys are reachable without a token, and
 * sign-in has its own throttle.
 */
class TokenSigningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAsymmetricKmsKeySignsAndOnlyTheApiMayUseIt() {
        Template app = Synth.of().app();
        JsonNode resources = JSON.valueToTree(app.toJSON()).path("Resources");
        List<String> signingKeys = new ArrayList<>();
        resources.properties().forEach(r -> {
            JsonNode props = r.getValue().path("Properties");
            if (r.getValue().path("Type").asText().equals("AWS::KMS::Key") && props.path("KeyUsage").asText().equals("SIGN_VERIFY")) {
                assertEquals("RSA_2048", props.path("KeySpec").asText());
                assertEquals("Retain", r.getValue().path("DeletionPolicy").asText());
                signingKeys.add(r.getKey());
            }
        });
        assertEquals(1, signingKeys.size(), "one signing key");
        JsonNode api = function(resources, "api");
        assertEquals("kms", api.path("Environment").path("Variables").path("HUNDREDPARKS_SIGNIN_KEY_KIND").asText());
        assertEquals(signingKeys.get(0), api.path("Environment").path("Variables").path("HUNDREDPARKS_SIGNIN_KEY_KMS_KEY_ID")
                .path("Fn::GetAtt").path(0).asText());
        List<String> kmsUsers = new ArrayList<>();
        resources.properties().forEach(r -> {
            if (r.getValue().path("Type").asText().equals("AWS::IAM::Policy")) {
                String policy = r.getValue().path("Properties").toString();
                if (policy.contains("kms:Sign")) {
                    assertTrue(policy.contains("kms:GetPublicKey") && policy.contains(signingKeys.get(0)), policy);
                    kmsUsers.add(r.getKey());
                }
            }
        });
        assertEquals(1, kmsUsers.size(), "one role may sign: " + kmsUsers);
        assertTrue(kmsUsers.get(0).startsWith("Api"), kmsUsers.toString());
    }

    @Test
    void aRotationKeepsThePreviousKeyPublishedUntilItIsRetired() {
        JsonNode rotating = function(JSON.valueToTree(Synth.of("signingKeyGeneration", "2").app().toJSON()).path("Resources"), "api");
        JsonNode variables = rotating.path("Environment").path("Variables");
        assertTrue(variables.path("HUNDREDPARKS_SIGNIN_KEY_KMS_KEY_ID").toString().contains("Generation2"), variables.toString());
        assertTrue(variables.path("HUNDREDPARKS_SIGNIN_KEY_PREVIOUS_KMS_KEY_ID").toString().contains("Generation1"), variables.toString());
        JsonNode retired = function(JSON.valueToTree(Synth.of("signingKeyGeneration", "2", "retirePreviousSigningKey", "true").app().toJSON())
                .path("Resources"), "api");
        assertTrue(retired.path("Environment").path("Variables").path("HUNDREDPARKS_SIGNIN_KEY_PREVIOUS_KMS_KEY_ID").isMissingNode());
    }

    @Test
    void theAuthorizerAcceptsTheTokensTheApiIssues() throws Exception {
        JsonNode resources = JSON.valueToTree(Synth.of("jwtIssuer", "", "domainName", "api.example.org", "certificateArn",
                "arn:aws:acm:ap-east-1:123456789012:certificate/x").app().toJSON()).path("Resources");
        JsonNode authorizer = null;
        JsonNode stage = null;
        Map<String, String> routes = new java.util.TreeMap<>();
        for (var r : (Iterable<Map.Entry<String, JsonNode>>) resources.properties()::iterator) {
            String type = r.getValue().path("Type").asText();
            JsonNode props = r.getValue().path("Properties");
            if (type.equals("AWS::ApiGatewayV2::Authorizer")) {
                authorizer = props.path("JwtConfiguration");
            } else if (type.equals("AWS::ApiGatewayV2::Stage")) {
                stage = props;
            } else if (type.equals("AWS::ApiGatewayV2::Route")) {
                routes.put(props.path("RouteKey").asText(), props.path("AuthorizationType").asText());
            }
        }
        String issuer = authorizer.path("Issuer").asText();
        assertEquals("https://api.example.org", issuer, "the platform is its own issuer, at its own domain");
        JsonNode variables = function(resources, "api").path("Environment").path("Variables");
        assertEquals(issuer, variables.path("HUNDREDPARKS_JWT_ISSUER").asText(), "the API issues and checks tokens of the same issuer");
        assertEquals(issuer + "/.well-known/jwks.json", variables.path("HUNDREDPARKS_JWT_JWKS_URL").asText());

        // a token as the API issues it, checked by the authorizer's rules: issuer, audience, expiry
        Instant now = Instant.parse("2024-09-01T02:00:00Z");
        AccessTokens tokens = new AccessTokens(new LocalTokenSigner(Path.of("../local/jwt/private.pem")), issuer,
                variables.path("HUNDREDPARKS_JWT_AUDIENCE").asText().split(",")[0], Duration.ofHours(1), Clock.fixed(now, ZoneOffset.UTC));
        JWTClaimsSet claims = SignedJWT.parse(tokens.issue(new Caller("cli_1", Role.UNIVERSITY, "uni", "440300", null, null)).token())
                .getJWTClaimsSet();
        assertEquals(issuer, claims.getIssuer());
        List<String> audiences = new ArrayList<>();
        authorizer.path("Audience").forEach(a -> audiences.add(a.asText()));
        assertTrue(audiences.containsAll(claims.getAudience()), audiences + " accepts " + claims.getAudience());
        assertTrue(claims.getExpirationTime().toInstant().isAfter(now), "not expired when issued");
        assertTrue(Duration.between(now, claims.getExpirationTime().toInstant()).compareTo(Duration.ofMinutes(15)) <= 0, "15 minutes at most");

        assertEquals("NONE", routes.get("POST /auth/token"));
        assertEquals("NONE", routes.get("GET /.well-known/jwks.json"));
        assertEquals("NONE", routes.get("GET /.well-known/openid-configuration"));
        assertEquals("JWT", routes.get("POST /organisations/{organisationId}/clients"));
        for (String signIn : new String[] {"POST /auth/token", "POST /auth/wechat", "POST /auth/wechat/web", "POST /auth/wechat/bind",
                "POST /auth/refresh"}) {
            assertEquals("NONE", routes.get(signIn), signIn);
            assertEquals(20, stage.path("RouteSettings").path(signIn).path("ThrottlingRateLimit").asInt(), signIn + ": " + stage);
        }
    }

    /**
     * The WeChat apps' secret is a Secrets Manager secret of the stack, named to the API function (sign-in) and the
     * reminders function (subscription messages), and only they may read it; the reminder template is the stage's.
     */
    @Test
    void theWeChatAppsSecretIsReadByTheApiAndTheRemindersAlone() {
        JsonNode resources = JSON.valueToTree(Synth.of("reminderTemplateId", "tmpl-stage").app().toJSON()).path("Resources");
        List<String> secrets = new ArrayList<>();
        resources.properties().forEach(r -> {
            if (r.getValue().path("Type").asText().equals("AWS::SecretsManager::Secret")) {
                assertEquals("Retain", r.getValue().path("DeletionPolicy").asText());
                secrets.add(r.getKey());
            }
        });
        assertEquals(1, secrets.size(), "one secret");
        for (String name : List.of("api", "reminders")) {
            assertEquals(secrets.get(0), function(resources, name).path("Environment").path("Variables").path("HUNDREDPARKS_WECHAT_SECRET_ID")
                    .path("Ref").asText(), name);
        }
        for (String name : List.of("api", "reminders")) { // the API counts acceptances of it, the reminders send it
            assertEquals("tmpl-stage", function(resources, name).path("Environment").path("Variables")
                    .path("HUNDREDPARKS_WECHAT_SUBSCRIPTION_REMINDER_TEMPLATE_ID").asText(), name);
        }
        List<String> readers = new ArrayList<>();
        resources.properties().forEach(r -> {
            String policy = r.getValue().path("Properties").toString();
            if (r.getValue().path("Type").asText().equals("AWS::IAM::Policy") && policy.contains("secretsmanager:GetSecretValue")) {
                assertTrue(policy.contains(secrets.get(0)), policy);
                readers.add(r.getValue().path("Properties").path("Roles").toString().toLowerCase());
            }
        });
        assertEquals(2, readers.size(), "two functions read it: " + readers);
        assertTrue(readers.stream().anyMatch(r -> r.contains("apifunction")), readers.toString());
        assertTrue(readers.stream().anyMatch(r -> r.contains("remindersfunction")), readers.toString());
        assertTrue(function(JSON.valueToTree(Synth.of().app().toJSON()).path("Resources"), "reminders").path("Environment").path("Variables")
                .path("HUNDREDPARKS_WECHAT_SUBSCRIPTION_REMINDER_TEMPLATE_ID").isMissingNode(), "no template: no messages");
    }

    private static JsonNode function(JsonNode resources, String name) {
        for (var r : (Iterable<Map.Entry<String, JsonNode>>) resources.properties()::iterator) {
            if (r.getValue().path("Type").asText().equals("AWS::Lambda::Function") && r.getKey().toLowerCase().startsWith(name + "function")) {
                return r.getValue().path("Properties");
            }
        }
        throw new AssertionError("no function " + name);
    }
}
