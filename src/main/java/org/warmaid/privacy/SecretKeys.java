package org.warmaid.privacy;

import java.util.Base64;

/** Reads a 256-bit key given as base64 in the configuration, with a message that says what is wrong. */
final class SecretKeys {

    static final int KEY_BYTES = 32;

    private SecretKeys() {
    }

    static byte[] decode(String property, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set: give 32 random bytes in base64 "
                    + "(in production through the environment, see the README)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(property + " must be " + KEY_BYTES + " bytes, not " + key.length);
        }
        return key;
    }
}
