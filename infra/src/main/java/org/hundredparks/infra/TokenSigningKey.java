package org.hundredparks.infra;

import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.kms.KeySpec;
import software.amazon.awscdk.services.kms.KeyUsage;
import software.constructs.Construct;

/**
 * The asymmetric KMS key (RSA 2048, sign and verify) that signs the platform's tokens: the API function calls
 * {@code Sign} and {@code GetPublicKey} and never holds the private key. KMS does not rotate asymmetric keys, so
 * a rotation is a new generation ({@code -c signingKeyGeneration=N+1}): the new key signs, the previous one stays
 * in the JWKS until {@code -c retirePreviousSigningKey=true} (deploy that once the longest token, 15 minutes, and
 * the verifiers' JWKS caches have passed). Keys are retained when removed from the stack: a key that signed must
 * not vanish before every token it signed has expired.
 */
public class TokenSigningKey extends Construct {

    private final Key current;
    private final Key previous;

    public TokenSigningKey(Construct scope, String id, Stage stage) {
        super(scope, id);
        current = key(stage, stage.signingKeyGeneration());
        previous = stage.signingKeyGeneration() > 1 && !stage.retirePreviousSigningKey() ? key(stage, stage.signingKeyGeneration() - 1) : null;
    }

    private Key key(Stage stage, int generation) {
        Key key = Key.Builder.create(this, "Generation" + generation)
                .keySpec(KeySpec.RSA_2048)
                .keyUsage(KeyUsage.SIGN_VERIFY)
                .description("Hundred Parks " + stage.name() + ": signs the platform's access tokens (generation " + generation + ")")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Nag.suppress(key, "AwsSolutions-KMS5", "An asymmetric signing key: KMS has no automatic rotation for it; rotation is a new generation (see TokenSigningKey).");
        return key;
    }

    /** The environment the API function's signer reads (hundredparks.signin.key.*). */
    public Map<String, String> environment() {
        return previous == null
                ? Map.of("HUNDREDPARKS_SIGNIN_KEY_KIND", "kms", "HUNDREDPARKS_SIGNIN_KEY_KMS_KEY_ID", current.getKeyArn())
                : Map.of("HUNDREDPARKS_SIGNIN_KEY_KIND", "kms", "HUNDREDPARKS_SIGNIN_KEY_KMS_KEY_ID", current.getKeyArn(),
                        "HUNDREDPARKS_SIGNIN_KEY_PREVIOUS_KMS_KEY_ID", previous.getKeyArn());
    }

    /** Sign with the current key; read the public half of both. */
    public void grantTo(IGrantable function) {
        current.grant(function, "kms:Sign", "kms:GetPublicKey");
        if (previous != null) {
            previous.grant(function, "kms:GetPublicKey");
        }
    }

    public Key current() {
        return current;
    }
}
