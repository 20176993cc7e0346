package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/**
 * A regional system signs in with the client-credentials grant: its organisation registers it, it gets a
 * token the platform signed (verifiable with the JWKS), submits with it as its organisation, and once its
 * secret is rotated or it is revoked, its credentials are refused.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class SignInTest {

    @Test
    void aRegisteredSystemGetsATokenSubmitsWithItAndIsRefusedOnceRevoked() throws Exception {
        String person = Tokens.university("uni-system", "440300");
        JsonPath registered = ListItemLifecycleTest.as(person).body("{\"name\": \"深圳大学科研管理系统\"}")
                .post("/organisations/uni-system/clients").then().statusCode(201).header("Cache-Control", "no-store")
                .body("system.status", equalTo("ACTIVE")).body("system", not(hasKey("actingAs"))).extract().jsonPath();
        String clientId = registered.getString("system.clientId");
        String secret = registered.getString("clientSecret");
        ListItemLifecycleTest.as(Tokens.university("uni-else", "440300")).body("{\"name\": \"x\"}")
                .post("/organisations/uni-system/clients").then().statusCode(403).body("code", equalTo("NOT_OWNER"));

        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post("/auth/token").then().statusCode(200)
                .body("token_type", equalTo("Bearer")).body("expires_in", lessThanOrEqualTo(900)).extract().path("access_token");
        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(clientId, jwt.getJWTClaimsSet().getSubject());
        given().get("/.well-known/jwks.json").then().statusCode(200).body("keys[0].kid", equalTo(jwt.getHeader().getKeyID()))
                .body("keys[0]", not(hasKey("d")));
        given().get("/.well-known/openid-configuration").then().statusCode(200)
                .body("jwks_uri", equalTo("https://local.hundred-parks.org/.well-known/jwks.json"));

        // a system manages no systems, people or invitations; a colleague of other claims cannot take it over
        ListItemLifecycleTest.as(token).body("{\"name\": \"x\"}").post("/organisations/uni-system/clients").then().statusCode(403)
                .body("code", equalTo("NOT_A_PERSON"));
        ListItemLifecycleTest.as(token).body("{}").post("/organisations/uni-system/invitations").then().statusCode(403)
                .body("code", equalTo("NOT_A_PERSON"));
        ListItemLifecycleTest.as(Tokens.university("uni-system", "110000")).post("/organisations/uni-system/clients/" + clientId + "/secret")
                .then().statusCode(403).body("code", equalTo("OTHER_CLAIMS"));

        // the system submits as its organisation
        String item = ListItemLifecycleTest.as(token).body(Samples.achievement("系统提交的成果", "440305")).post("/achievements")
                .then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(person).get("/achievements/" + item).then().statusCode(200)
                .body("ownerOrganisationId", equalTo("uni-system"));

        // HTTP Basic, as RFC 6749 prefers; wrong secrets and grants are refused as problems
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).formParam("grant_type", "client_credentials").post("/auth/token")
                .then().statusCode(200);
        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId).formParam("client_secret", secret + "x")
                .post("/auth/token").then().statusCode(401).contentType("application/problem+json").body("code", equalTo("INVALID_CLIENT"));
        given().formParam("grant_type", "password").formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/auth/token").then().statusCode(400).body("code", equalTo("UNSUPPORTED_GRANT_TYPE"));

        // a new secret: the old one stops at once
        String rotated = ListItemLifecycleTest.as(person).post("/organisations/uni-system/clients/" + clientId + "/secret")
                .then().statusCode(200).extract().path("clientSecret");
        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/auth/token").then().statusCode(401);
        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId).formParam("client_secret", rotated)
                .post("/auth/token").then().statusCode(200);

        ListItemLifecycleTest.as(person).delete("/organisations/uni-system/clients/" + clientId).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId).formParam("client_secret", rotated)
                .post("/auth/token").then().statusCode(401).body("code", equalTo("INVALID_CLIENT"));
        // and the token it already holds stops at its next request
        ListItemLifecycleTest.as(token).get("/achievements/" + item).then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
        ListItemLifecycleTest.as(person).get("/organisations/uni-system/clients").then().statusCode(200)
                .body("find { it.clientId == '" + clientId + "' }.status", equalTo("REVOKED"));
    }
}
