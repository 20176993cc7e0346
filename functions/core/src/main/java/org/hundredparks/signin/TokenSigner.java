package org.hundredparks.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * What signs the platform's tokens: a JOSE signer and the public keys to publish. The token format is the JOSE
 * library's; an implementation supplies only the signature (a local key, or a call to AWS KMS that never shows
 * the key).
 */
public interface TokenSigner {

    /** The key id ({@code kid}) of the signing key, as the JWKS names it. */
    String keyId();

    JWSSigner signer();

    /** The public keys a verifier may meet: the signing key's first, during a rotation the previous one too. */
    List<RSAKey> publicKeys();

    /** A public key as the JWKS publishes it: for signatures, named by its RFC 7638 thumbprint (stable per key). */
    static RSAKey published(RSAPublicKey key) throws JOSEException {
        String kid = new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).build().computeThumbprint().toString();
        return new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).keyID(kid).build();
    }
}
