package org.warmaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.warmaid.accounts.AccountPrincipal;

class SessionAttributesTest {

    private final ConversionService conversions = new SessionAttributes().conversions();

    @Test
    void anAttributeIsReadBackAsItWasWritten() {
        AccountPrincipal account = new AccountPrincipal("u001", Set.of("unit-u001"), "U001", false);
        byte[] stored = conversions.convert(account, byte[].class);
        assertThat(conversions.convert(stored, Object.class)).isEqualTo(account);
    }

    @Test
    void anAttributeThatCannotBeReadIsTakenAsAbsent() {
        byte[] stored = conversions.convert(new AccountPrincipal("u001", Set.of(), "U001", false), byte[].class);
        byte[] renamed = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("org.warmaid.accounts.AccountPrincipal", "org.warmaid.accounts.AccountPrincipaX")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(conversions.convert(renamed, Object.class)).as("a class this version does not have").isNull();
        assertThat(conversions.convert(Arrays.copyOf(stored, stored.length / 2), Object.class)).as("cut off").isNull();
    }
}
