package org.hundredparks.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the platform issues its tokens; set per profile in application.properties, in AWS by the CDK stack. */
@ConfigMapping(prefix = "hundredparks.signin")
public interface SigninConfig {

    /** The {@code iss} of every token: the API's own URL, where {@code /.well-known/openid-configuration} is served. */
    String issuer();

    /** The {@code aud} of every token. */
    String audience();

    /** How long an access token lives; at most 15 minutes, whatever is configured. */
    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    Key key();

    /**
     * Whether tokens of no platform subject (neither a person's nor a system's) may act: the local run's
     * {@code /_local/tokens} and the tests'. Only the local and test profiles say yes.
     */
    @WithDefault("false")
    boolean trustDevelopmentTokens();

    interface Key {
        /** {@code local}: a key pair file (the local run and the tests); {@code kms}: an asymmetric key in AWS KMS. */
        @WithDefault("local")
        String kind();

        /** The local private key (PKCS#8 PEM), for {@code kind=local}. */
        Optional<String> localPrivateKey();

        /** The KMS key id or ARN that signs, for {@code kind=kms}. */
        Optional<String> kmsKeyId();

        /** During a rotation, the KMS key that signed until now: its public key stays in the JWKS. */
        Optional<String> previousKmsKeyId();
    }
}
