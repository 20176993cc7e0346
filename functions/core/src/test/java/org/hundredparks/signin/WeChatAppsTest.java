package org.hundredparks.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hundredparks.local.aws.SecretsManagerStandIn;
import org.hundredparks.local.aws.WeChatStandIn;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.TestAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * In AWS the WeChat apps' ids and secrets come from a Secrets Manager secret, read through the real SDK (here from a
 * stand-in speaking its protocol) and used against the WeChat stand-in: read on first use, kept an hour, re-read after.
 */
class WeChatAppsTest {

    private static final String APPS = """
            {"appId": "%s", "appSecret": "%s", "webAppId": "%s", "webAppSecret": "%s"}""";

    @Test
    void theAppsComeFromTheSecretAndAChangedSecretIsReadWithinTheHour() {
        try (SecretsManagerStandIn secrets = SecretsManagerStandIn.start(0);
                WeChatStandIn wechat = WeChatStandIn.start(0);
                SecretsManagerClient client = SecretsManagerClient.builder().endpointOverride(URI.create(secrets.endpoint()))
                        .region(Region.CN_NORTH_1).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                        .httpClient(UrlConnectionHttpClient.create()).build()) {
            String arn = secrets.put("hundred-parks/test/wechat", APPS.formatted(WeChatStandIn.APP_ID, "an-old-secret", WeChatStandIn.WEB_APP_ID,
                    WeChatStandIn.WEB_APP_SECRET));
            TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2026-11-30T00:00:00Z"));
            WeChat signIn = new WeChatHttp(config(wechat.baseUrl()), WeChatApps.fromSecretsManager(client, arn, clock));

            // the secret holds an app secret WeChat no longer accepts: refused, and the web app (right) works
            Refusal refused = assertThrows(Refusal.class, () -> signIn.jscode2session(wechat.login("o-apps", null)));
            assertEquals("WECHAT_ERROR", refused.code());
            assertEquals("u-apps", signIn.webLogin(wechat.webLogin("u-apps")).unionid(), "the website app's secret from the same secret");

            // the operator puts the right secret: read again after an hour, not before
            secrets.put("hundred-parks/test/wechat", APPS.formatted(WeChatStandIn.APP_ID, WeChatStandIn.APP_SECRET, WeChatStandIn.WEB_APP_ID,
                    WeChatStandIn.WEB_APP_SECRET));
            clock.advance(Duration.ofMinutes(59));
            assertThrows(Refusal.class, () -> signIn.jscode2session(wechat.login("o-apps", null)));
            clock.advance(Duration.ofMinutes(2));
            assertEquals("o-apps", signIn.jscode2session(wechat.login("o-apps", null)).openid());
        }
    }

    @Test
    void aSecretThatCannotBeReadIsAProblemNotACrash() {
        try (SecretsManagerStandIn secrets = SecretsManagerStandIn.start(0);
                SecretsManagerClient client = SecretsManagerClient.builder().endpointOverride(URI.create(secrets.endpoint()))
                        .region(Region.CN_NORTH_1).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                        .httpClient(UrlConnectionHttpClient.create()).build()) {
            var missing = WeChatApps.fromSecretsManager(client, "hundred-parks/none/wechat", new TestAws.MovableClock(Instant.EPOCH));
            assertEquals("WECHAT_UNCONFIGURED", assertThrows(Refusal.class, missing::get).code());
            secrets.put("hundred-parks/half/wechat", "{\"appId\": \"wx-1\"}");
            var half = WeChatApps.fromSecretsManager(client, "hundred-parks/half/wechat", new TestAws.MovableClock(Instant.EPOCH));
            assertEquals(503, assertThrows(Refusal.class, half::get).status(), "a secret without all four values");
            secrets.put("hundred-parks/new/wechat", APPS.formatted("set-me", "set-me", "set-me", "set-me"));
            var placeholders = WeChatApps.fromSecretsManager(client, "hundred-parks/new/wechat", new TestAws.MovableClock(Instant.EPOCH));
            assertEquals("WECHAT_UNCONFIGURED", assertThrows(Refusal.class, placeholders::get).code(), "the stack's placeholders");
        }
    }

    private static WeChatConfig config(String baseUrl) {
        return new WeChatConfig() {
            @Override
            public Optional<String> secretId() {
                return Optional.empty();
            }

            @Override
            public String appId() {
                throw new AssertionError("not read when the secret is");
            }

            @Override
            public String appSecret() {
                throw new AssertionError("not read when the secret is");
            }

            @Override
            public String webAppId() {
                throw new AssertionError("not read when the secret is");
            }

            @Override
            public String webAppSecret() {
                throw new AssertionError("not read when the secret is");
            }

            @Override
            public String apiBaseUrl() {
                return baseUrl;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }
        };
    }
}
