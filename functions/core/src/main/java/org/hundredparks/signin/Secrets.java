package org.hundredparks.signin;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets of sign-in (client secrets, refresh tokens, binding tickets): 256 bits, URL-safe. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String secret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
    }

    static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    /** {@code count} characters drawn from {@code alphabet}. */
    static String code(String alphabet, int count) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < count; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
