package org.warmaid.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.registration.Registration;
import org.warmaid.registration.Registry;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleFiles;
import org.warmaid.support.SampleRegistrations;

/**
 * A document whose record is there and whose file is not (a store restored without it, a file
 * removed by hand) is answered with a Chinese message and 404, for its unit and for a reviewer
 * alike, never a 500; the refusal is audited, and the other documents still open.
 */
@MariaDbIntegrationTest
class MissingDocumentFileIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    Documents documents;
    @Autowired
    IdentityAuthenticationProvider accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDocumentWithoutItsFileIsRefusedInChineseAndTheOthersStillOpen() throws Exception {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        var account = accounts.principalOf(unit.accountId());
        Registration registration = registry.create(account, SampleRegistrations.valid());
        Long lost = documents.upload(account, registration.getId(), "ID_AND_BANK_CARD", "身份证.png", SampleFiles.png()).getId();
        Long kept = documents.upload(account, registration.getId(), "DIAGNOSIS", "诊断.pdf", SampleFiles.pdf()).getId();
        String key = jdbc.queryForObject("select storage_key from supporting_document where id = ?", String.class, lost);
        try (var files = Files.walk(Path.of("target/test-documents"))) {
            files.filter(file -> file.getFileName().toString().equals(key)).toList().forEach(MissingDocumentFileIT::delete);
        }

        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        HttpResponse<String> refused = portal.get("/portal/documents/" + lost);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("的文件已不在材料存储中");
        assertThat(portal.get("/portal/documents/" + kept).statusCode()).isEqualTo(200);

        PortalSession reviewer = PortalSession.staff(port, "reviewer", "demo");
        HttpResponse<String> inPlace = reviewer.get("/review/documents/" + lost + "/view");
        assertThat(inPlace.statusCode()).isEqualTo(404);
        assertThat(inPlace.body()).contains("的文件已不在材料存储中");

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DOCUMENT_DOWNLOAD' "
                + "and outcome = 'REFUSED' and target_id = ? and details like '材料文件缺失%'", Integer.class,
                registration.getReference())).isEqualTo(2);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
