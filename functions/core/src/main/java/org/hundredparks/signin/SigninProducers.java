package org.hundredparks.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.platform.AwsClients;
import org.hundredparks.storage.RecordStore;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Wired only where injected (the API): the signer reads its key on first use, not at every function's start. */
@ApplicationScoped
class SigninProducers {

    @Produces
    @ApplicationScoped
    TokenSigner tokenSigner(SigninConfig config) {
        SigninConfig.Key key = config.key();
        return switch (key.kind()) {
            case "local" -> new LocalTokenSigner(Path.of(key.localPrivateKey()
                    .orElseThrow(() -> new IllegalStateException("hundredparks.signin.key.local-private-key is not set"))));
            case "kms" -> new KmsTokenSigner(AwsClients.light(KmsClient.builder()).build(),
                    key.kmsKeyId().orElseThrow(() -> new IllegalStateException("hundredparks.signin.key.kms-key-id is not set")),
                    key.previousKmsKeyId());
            default -> throw new IllegalStateException("hundredparks.signin.key.kind is local or kms, not " + key.kind());
        };
    }

    @Produces
    @ApplicationScoped
    AccessTokens accessTokens(TokenSigner signer, SigninConfig config, Clock clock) {
        return new AccessTokens(signer, config.issuer(), config.audience(), config.accessTokenLifetime(), clock);
    }

    /** The apps' ids and secrets, for sign-in and for the subscription messages' access token. */
    @Produces
    @ApplicationScoped
    WeChatApps.Source wechatApps(WeChatConfig config, Clock clock) {
        Supplier<WeChatApps> apps = config.secretId()
                .map(id -> WeChatApps.fromSecretsManager(AwsClients.light(SecretsManagerClient.builder()).build(), id,
                        clock))
                .orElseGet(() -> WeChatApps.fromSettings(config));
        return apps::get;
    }

    @Produces
    @ApplicationScoped
    WeChat wechat(WeChatConfig config, WeChatApps.Source apps) {
        return new WeChatHttp(config, apps);
    }

    @Produces
    @ApplicationScoped
    People people(RecordStore records) {
        return new People(records);
    }

    @Produces
    @ApplicationScoped
    Invitations invitations(RecordStore records, OrganisationService organisations, Clock clock) {
        return new Invitations(records, organisations, clock);
    }

    @Produces
    @ApplicationScoped
    Sessions sessions(RecordStore records, OrganisationService organisations, WeChat wechat, Invitations invitations, AccessTokens tokens,
            Clock clock, SigninConfig config) {
        return new Sessions(records, organisations, wechat, invitations, tokens, clock, config.trustDevelopmentTokens());
    }

    @Produces
    @ApplicationScoped
    ClientSystems clientSystems(RecordStore records, OrganisationService organisations, AccessTokens tokens, Clock clock) {
        return new ClientSystems(records, organisations, tokens, clock);
    }
}
