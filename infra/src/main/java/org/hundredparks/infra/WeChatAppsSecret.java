package org.hundredparks.infra;

import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * The WeChat apps' ids and secrets (the mini-program's, and the open platform's website app's for the desks), one
 * Secrets Manager secret the API function reads on first use (core's {@code signin.WeChatApps}). The stack creates
 * it with placeholders; the operator sets the real values once (README, "Deploy") and again whenever WeChat's
 * console issues a new app secret. Retained when removed from the stack.
 */
public class WeChatAppsSecret extends Construct {

    private final Secret secret;

    public WeChatAppsSecret(Construct scope, String id, Stage stage) {
        super(scope, id);
        secret = Secret.Builder.create(this, "Apps")
                .secretName("hundred-parks/" + stage.name() + "/wechat")
                .description("Hundred Parks " + stage.name() + ": the WeChat mini-program's and website app's ids and secrets")
                .secretObjectValue(Map.of("appId", SecretValue.unsafePlainText("set-me"), "appSecret", SecretValue.unsafePlainText("set-me"),
                        "webAppId", SecretValue.unsafePlainText("set-me"), "webAppSecret", SecretValue.unsafePlainText("set-me")))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Nag.suppress(secret, "AwsSolutions-SMG4", "WeChat issues app secrets in its own console; no rotation Lambda can make one. "
                + "The operator puts a new one here when WeChat's is reset (README, Deploy).");
    }

    /** The setting the API (sign-in) and reminders (subscription messages) functions read (hundredparks.wechat.secret-id). */
    public Map<String, String> environment() {
        return Map.of("HUNDREDPARKS_WECHAT_SECRET_ID", secret.getSecretArn());
    }

    public void grantTo(IGrantable function) {
        secret.grantRead(function);
    }
}
