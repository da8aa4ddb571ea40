package org.warmaid.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Whose X-Forwarded-For and X-Forwarded-Proto are believed: only the reverse proxies named in
 * {@code warmaid.network.trusted-proxies} (IP addresses; none by default). Tomcat's default would
 * believe any peer in a private or loopback range, so that one client could send a new "address" with
 * every request — past the login throttle's per-address limits, locking a unit out from one machine,
 * and into the audit log. From any other peer the headers are ignored and the peer's own address
 * counts. Runs after Boot's customizer, which adds the valve.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final List<String> proxies;

    TrustedProxies(@Value("${warmaid.network.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies.stream().map(String::strip).filter(address -> !address.isEmpty())
                .map(TrustedProxies::literal).toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String pattern = proxies.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        for (Valve valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(pattern);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    /** The address as Tomcat writes a peer's address (IPv6 in full form); a name is refused. */
    static String literal(String address) {
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalStateException("warmaid.network.trusted-proxies takes IP addresses, not names: " + address);
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an IP address in warmaid.network.trusted-proxies: " + address, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
