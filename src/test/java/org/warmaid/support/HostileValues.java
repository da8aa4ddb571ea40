package org.warmaid.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The values a bad-input corpus puts into every field in turn: missing, empty, 10 000 characters,
 * emoji, control characters (NUL included), full-width digits, HTML/script and SQL fragments, numbers
 * too large for any column (1e400, 20 nines, Long.MAX_VALUE), negative numbers and wrong types.
 */
public final class HostileValues {

    /** Script that would set a flag on the page if it ever ran: shown back, it must stay text. */
    public static final String MARKUP = "<script>window.pwned=1</script><img src=x onerror=alert(1)>";

    private static final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    private HostileValues() {
    }

    /** As JSON values of a field; {@code null} stands for the field left out. */
    public static List<JsonNode> json() {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.add("");
        values.add("x".repeat(10_000));
        values.add("😀🎉困难😀");
        values.add("a\u0000b\u0007c\u001b");
        values.add("２２０１０２１９８００１０１００１１");
        values.add(MARKUP);
        values.add("'; DROP TABLE registration; --");
        values.add(new BigDecimal("1e400"));
        values.add(Long.MAX_VALUE);
        values.add(-1);
        values.add(-99999.99);
        values.add(true);
        values.add(List.of(1, 2));
        values.add(Map.of("a", 1));
        return values.stream().map(value -> (JsonNode) json.valueToTree(value)).toList();
    }

    /** As typed into a form field or a spreadsheet cell; {@code null} stands for the field left out. */
    public static List<String> text() {
        return Arrays.asList(null, "", "x".repeat(10_000), "😀🎉困难😀", "a\u0000b\u0007c\u001b\u202e",
                "２２０１０２１９８００１０１００１１", MARKUP, "'; DROP TABLE registration; --", "1e400",
                "99999999999999999999", "-1", "-99999.99", "true", "   ");
    }

    /** Ids as they may arrive in a path or parameter (already URL-encoded): letters, overflow, negative, NUL, full-width. */
    public static List<String> ids() {
        return List.of("0", "-1", "abc", "1e400", "99999999999999999999", String.valueOf(Long.MAX_VALUE), "%00", "1;DROP",
                "%F0%9F%98%80", "%EF%BC%91%EF%BC%92", "1.5", "%20");
    }

    /** Whether the value can be compared literally with what a page shows (no control characters). */
    public static boolean printable(String value) {
        return value != null && value.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x202e);
    }

    public static String brief(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }
}
