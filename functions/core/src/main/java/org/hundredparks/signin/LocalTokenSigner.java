package org.hundredparks.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;

/** Signs with an RSA key pair held in a file: the local run and the tests (the key in local/jwt is public on purpose). */
public final class LocalTokenSigner implements TokenSigner {

    private final RSAKey key;
    private final RSASSASigner signer;

    public LocalTokenSigner(Path privateKeyPem) {
        try {
            String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey priv = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
            this.key = TokenSigner.published(pub);
            this.signer = new RSASSASigner(priv);
        } catch (IOException e) {
            throw new UncheckedIOException("the local signing key " + privateKeyPem + " cannot be read", e);
        } catch (GeneralSecurityException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("the local signing key " + privateKeyPem + " is not an RSA PKCS#8 key", e);
        }
    }

    @Override
    public String keyId() {
        return key.getKeyID();
    }

    @Override
    public JWSSigner signer() {
        return signer;
    }

    @Override
    public List<RSAKey> publicKeys() {
        return List.of(key);
    }
}
