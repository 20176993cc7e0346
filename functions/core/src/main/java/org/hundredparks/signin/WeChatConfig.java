package org.hundredparks.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The WeChat apps: in AWS from the Secrets Manager secret named by {@code secret-id} (the stack's, see
 * {@link WeChatApps#fromSecretsManager}); locally and in the tests from the four settings.
 */
@ConfigMapping(prefix = "hundredparks.wechat")
public interface WeChatConfig {

    /** The secret holding the apps' ids and secrets; when set, the four settings below are not read. */
    Optional<String> secretId();

    String appId();

    String appSecret();

    /** The open platform's website app, for the desks' QR login. */
    String webAppId();

    String webAppSecret();

    /** WeChat's server API; the stand-in's address locally and in the tests. */
    @WithDefault("https://api.weixin.qq.com")
    String apiBaseUrl();

    @WithDefault("PT5S")
    Duration timeout();
}
