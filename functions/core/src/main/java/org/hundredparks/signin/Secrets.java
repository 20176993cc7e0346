package org.hundredparks.signin;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets of sign-in (client secrets, refresh tokens, binding tickets): 256 bits, URL-safe. */
final class Secrets {

    /**
     * Made on first use, not in a static initializer: a native image initializes classes at build time, and a
     * generator made then would carry its build-time seed into every running function (the native build refuses it).
     */
    private static volatile SecureRandom generator;

    private Secrets() {
    }

    static String secret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
    }

    static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        generator().nextBytes(value);
        return value;
    }

    /** {@code count} characters drawn from {@code alphabet}. */
    static String code(String alphabet, int count) {
        SecureRandom random = generator();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < count; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static SecureRandom generator() {
        SecureRandom random = generator;
        if (random == null) {
            synchronized (Secrets.class) {
                if (generator == null) {
                    generator = new SecureRandom();
                }
                random = generator;
            }
        }
        return random;
    }
}
