package org.hundredparks.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/**
 * Signs with an asymmetric RSA key in AWS KMS: the function sends the signing input's SHA-256 to KMS
 * {@code Sign} and never holds the private key. The public keys (the signing key's and, during a rotation,
 * the previous key's) come from {@code GetPublicKey} once, at start.
 */
public final class KmsTokenSigner implements TokenSigner {

    private final KmsClient kms;
    private final String keyArn;
    private final List<RSAKey> publicKeys = new ArrayList<>();
    private final JCAContext jca = new JCAContext();

    public KmsTokenSigner(KmsClient kms, String keyId, Optional<String> previousKeyId) {
        this.kms = kms;
        RSAKey current = publicKey(keyId);
        this.keyArn = keyId;
        publicKeys.add(current);
        previousKeyId.filter(previous -> !previous.equals(keyId)).ifPresent(previous -> publicKeys.add(publicKey(previous)));
    }

    private RSAKey publicKey(String keyId) {
        byte[] der = kms.getPublicKey(b -> b.keyId(keyId)).publicKey().asByteArray();
        try {
            RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            return TokenSigner.published(pub);
        } catch (GeneralSecurityException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("KMS key " + keyId + " has no RSA public key", e);
        }
    }

    @Override
    public String keyId() {
        return publicKeys.get(0).getKeyID();
    }

    @Override
    public List<RSAKey> publicKeys() {
        return List.copyOf(publicKeys);
    }

    @Override
    public JWSSigner signer() {
        return new JWSSigner() {
            @Override
            public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
                if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
                    throw new JOSEException("KMS signs RS256 only, not " + header.getAlgorithm());
                }
                try {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(signingInput);
                    SdkBytes signature = kms.sign(b -> b.keyId(keyArn).message(SdkBytes.fromByteArray(digest))
                            .messageType(MessageType.DIGEST).signingAlgorithm(SigningAlgorithmSpec.RSASSA_PKCS1_V1_5_SHA_256)).signature();
                    return Base64URL.encode(signature.asByteArray());
                } catch (GeneralSecurityException e) {
                    throw new JOSEException(e.getMessage(), e);
                }
            }

            @Override
            public Set<JWSAlgorithm> supportedJWSAlgorithms() {
                return Set.of(JWSAlgorithm.RS256);
            }

            @Override
            public JCAContext getJCAContext() {
                return jca;
            }
        };
    }
}
