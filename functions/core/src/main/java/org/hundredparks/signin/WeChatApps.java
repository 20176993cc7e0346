package org.hundredparks.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.hundredparks.platform.Refusal;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The two WeChat apps the platform signs people in with: the mini-program and the open platform's website app (the
 * desks' QR login), each an app id and its secret.
 */
public record WeChatApps(String appId, String appSecret, String webAppId, String webAppSecret) {

    /** Where the apps are read from, as a bean: the settings, or the secret (re-read hourly). */
    public interface Source extends Supplier<WeChatApps> {
    }

    /** Locally and in the tests: the settings. */
    static Supplier<WeChatApps> fromSettings(WeChatConfig config) {
        WeChatApps apps = new WeChatApps(config.appId(), config.appSecret(), config.webAppId(), config.webAppSecret());
        return () -> apps;
    }

    /**
     * In AWS: one Secrets Manager secret, a JSON object with {@code appId}, {@code appSecret}, {@code webAppId},
     * {@code webAppSecret}, read on first use (not at start: most requests sign nobody in) and again an hour later, so a
     * secret changed in WeChat and then in Secrets Manager reaches every container within the hour.
     */
    static Supplier<WeChatApps> fromSecretsManager(SecretsManagerClient secrets, String secretId, Clock clock) {
        return new FromSecret(secrets, secretId, clock);
    }

    private static final class FromSecret implements Supplier<WeChatApps> {

        private static final Logger LOG = Logger.getLogger(WeChatApps.class);
        private static final ObjectMapper JSON = new ObjectMapper();
        static final Duration KEPT = Duration.ofHours(1);
        static final Duration RETRY = Duration.ofMinutes(1);
        /** What the stack puts in the secret until the operator sets it (infra's WeChatAppsSecret). */
        static final String PLACEHOLDER = "set-me";

        private final SecretsManagerClient secrets;
        private final String secretId;
        private final Clock clock;
        private WeChatApps apps;
        private Instant readAt;

        FromSecret(SecretsManagerClient secrets, String secretId, Clock clock) {
            this.secrets = secrets;
            this.secretId = secretId;
            this.clock = clock;
        }

        @Override
        public synchronized WeChatApps get() {
            Instant now = clock.instant();
            if (apps == null || now.isAfter(readAt.plus(KEPT))) {
                try {
                    JsonNode value = JSON.readTree(secrets.getSecretValue(r -> r.secretId(secretId)).secretString());
                    apps = new WeChatApps(text(value, "appId"), text(value, "appSecret"), text(value, "webAppId"), text(value, "webAppSecret"));
                    readAt = now;
                } catch (Exception e) {
                    if (apps == null) {
                        LOG.errorf(e, "the WeChat apps' secret %s cannot be read", secretId);
                        throw new Refusal(503, "WECHAT_UNCONFIGURED", null, "微信登录暂不可用，请稍后再试");
                    }
                    LOG.warnf(e, "the WeChat apps' secret %s cannot be read again; keeping the one read at %s for a minute more", secretId,
                            readAt);
                    readAt = now.minus(KEPT).plus(RETRY); // not one call to Secrets Manager per sign-in while it fails
                }
            }
            return apps;
        }

        private static String text(JsonNode value, String field) {
            if (!value.hasNonNull(field) || value.get(field).asText().isBlank() || PLACEHOLDER.equals(value.get(field).asText())) {
                throw new IllegalStateException("the WeChat apps' secret has no " + field + " yet");
            }
            return value.get(field).asText();
        }
    }
}
