package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.accounts.AccountDirectory;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;

/**
 * A node remembers a correct password for a few minutes so that the JSON API does not pay for the
 * slow hash on every call. A password changed elsewhere — on another node, through the engine REST
 * API or Admin — must end the old one on this node at once: the change is made here straight in the
 * identity store, as another node's change would arrive, without telling this node's login.
 */
@MariaDbIntegrationTest
class RememberedPasswordsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountDirectory directory;

    @Test
    void aPasswordChangedElsewhereEndsTheRememberedOneAtOnce() throws InterruptedException {
        UnitLogin unit = fixtures.newUnit();
        ApiClient withOld = new ApiClient(port, unit.accountId(), unit.password());
        assertThat(withOld.get("/api/registrations").status()).isEqualTo(200);
        assertThat(withOld.get("/api/registrations").status()).as("remembered for the next call").isEqualTo(200);

        String changed = "Snow-Lantern-2027";
        directory.changePassword(unit.accountId(), changed);

        assertThat(withOld.get("/api/registrations").status()).as("the old password, right after the change").isEqualTo(401);
        Thread.sleep(1100); // the engine's own pause after a failed login
        assertThat(new ApiClient(port, unit.accountId(), changed).get("/api/registrations").status())
                .as("the new password").isEqualTo(200);
    }
}
