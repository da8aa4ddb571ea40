package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.audit.AuditEvent;
import org.warmaid.audit.AuditTrail;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;

/**
 * X-Forwarded-For is believed only from a configured reverse proxy (in the tests 127.0.0.1; none by
 * default). A client connecting from elsewhere (here ::1) cannot give itself a new address per
 * request: its failures count against its own address, and the audit log records that address.
 */
@MariaDbIntegrationTest
class ForgedAddressIT {

    static final String PEER = "0:0:0:0:0:0:0:1";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditTrail audit;

    @Test
    void addressesAClientForgesCountAsTheClientsOwn() throws InterruptedException {
        UnitLogin unit = fixtures.newUnit();
        Http proxy = new Http(port);
        assertThat(login(proxy, unit, "Wrong-1", "198.51.77.7").statusCode()).isEqualTo(401);
        assertThat(failures(unit)).as("from the trusted proxy the relayed address is believed")
                .extracting(AuditEvent::actorAddress).containsExactly("198.51.77.7");

        Http attacker = Http.fromUntrustedPeer(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(attacker, unit, "Wrong-" + attempt, "203.0.113." + attempt).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = login(attacker, unit, unit.password(), "203.0.113.99");
        assertThat(blocked.statusCode()).as("five failures from one peer, whatever addresses it claimed").isEqualTo(429);
        assertThat(failures(unit)).extracting(AuditEvent::actorAddress)
                .containsExactly("198.51.77.7", PEER, PEER, PEER, PEER, PEER);
        assertThat(audit.findByActorOrderByIdAsc(unit.accountId())).extracting(AuditEvent::actorAddress)
                .noneMatch(address -> address.startsWith("203.0.113."));

        Thread.sleep(1100); // the engine's own pause after a failed login
        assertThat(login(proxy, unit, unit.password(), "198.51.77.8").statusCode())
                .as("the unit from its own office still gets in").isEqualTo(200);
    }

    private static HttpResponse<String> login(Http http, UnitLogin unit, String password, String claimedAddress) {
        return http.send(http.request("/engine-rest/task?firstResult=0&maxResults=1").header("Authorization", Http.basic(unit.accountId(), password))
                .header("X-Forwarded-For", claimedAddress).GET().build());
    }

    private List<AuditEvent> failures(UnitLogin unit) {
        return audit.findByActorOrderByIdAsc(unit.accountId()).stream()
                .filter(event -> event.action().equals("LOGIN_FAILURE") && event.occurredAt().isAfter(Instant.EPOCH))
                .toList();
    }
}
