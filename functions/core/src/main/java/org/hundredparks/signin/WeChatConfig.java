package org.hundredparks.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The mini-program's WeChat app; in AWS its secret comes from the stage's configuration (Secrets Manager: not wired yet). */
@ConfigMapping(prefix = "hundredparks.wechat")
public interface WeChatConfig {

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
