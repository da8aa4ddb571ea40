package org.warmaid.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Client addresses as people read them: this machine is 本机, IPv6 addresses are written short
 * ({@code ::1}, {@code 2001:db8::5}) and IPv4 addresses carried in IPv6 as plain IPv4.
 */
final class AuditAddresses {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private AuditAddresses() {
    }

    static String readable(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        if (!LITERAL.matcher(address).matches() || !address.contains(":") && !address.contains(".")) {
            return address;
        }
        try {
            // a literal address is parsed, never looked up
            InetAddress parsed = InetAddress.getByName(address);
            String text = parsed.getAddress().length == 16 ? shortIpv6(parsed.getAddress()) : parsed.getHostAddress();
            return parsed.isLoopbackAddress() ? "本机（" + text + "）" : text;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as {@code ::}. */
    private static String shortIpv6(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
