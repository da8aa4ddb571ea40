package org.warmaid.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String KEY = "4ig6t12pXRCzHJYxbnakRd8DZ2roL6Iss4WJdaDuILQ=";
    private static final String OTHER_KEY = "zMowKKEiUeUWdKzkuX85EARnqU00s3Ppx7LL89R9iFg=";

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @Test
    void roundTripsWithAFreshNonceEachTime() {
        String first = cipher.encrypt("220102198001010012");
        String second = cipher.encrypt("220102198001010012");
        assertThat(first).startsWith("v1:").doesNotContain("220102").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("220102198001010012");
        assertThat(cipher.decrypt(cipher.encrypt("妻子患尿毒症"))).isEqualTo("妻子患尿毒症");
    }

    @Test
    void detectsTamperingAndAWrongKey() {
        String sealed = cipher.encrypt("6222021000000000017");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).hasMessageContaining("altered");
        assertThatThrownBy(() -> new PersonalDataCipher(OTHER_KEY).decrypt(sealed)).hasMessageContaining("wrong key");
    }

    @Test
    void refusesToStartWithoutAProperKey() {
        assertThatThrownBy(() -> new PersonalDataCipher("")).hasMessageContaining("not set");
        assertThatThrownBy(() -> new PersonalDataCipher("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }

    @Test
    void hashesEqualValuesEquallyAndDependsOnTheKey() {
        KeyedHash hash = new KeyedHash(KEY);
        assertThat(hash.of("220102198001010012")).isEqualTo(hash.of("220102198001010012")).hasSize(64);
        assertThat(hash.of("220102198001010012")).isNotEqualTo(new KeyedHash(OTHER_KEY).of("220102198001010012"));
    }
}
