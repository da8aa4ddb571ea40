package org.warmaid.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 of a normalised value under a key of its own: equal ID numbers give equal hashes, so
 * a unique key can catch duplicates, while the column reveals nothing without the key.
 */
@Component
public class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public KeyedHash(@Value("${warmaid.privacy.hash-key:}") String base64Key) {
        this.key = new SecretKeySpec(SecretKeys.decode("warmaid.privacy.hash-key", base64Key), ALGORITHM);
    }

    public String of(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }
}
