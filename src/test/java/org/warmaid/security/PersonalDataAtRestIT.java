package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.document.Documents;
import org.warmaid.payout.Batches;
import org.warmaid.payout.Payment;
import org.warmaid.payout.PayoutBatch;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.EngineRest;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * Registrations carried through the whole process — entered over the JSON API, reviewed in the
 * engine, documents uploaded, batched and paid — and then every table of the database (the
 * application's and Camunda's runtime, history and byte-array tables alike), every stored upload
 * and everything the application logged are searched for the plain numbers: none may hold an ID
 * number, a bank card number or the illness details.
 */
@MariaDbIntegrationTest
@ResourceLock(Fixtures.WAITING_PAYMENTS)
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Journeys journeys;

    @Autowired
    Batches batches;

    @Autowired
    IdentityAuthenticationProvider accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Documents documents;

    @Value("${warmaid.documents.dir}")
    Path documentStore;

    @Test
    void noTableNoUploadAndNoLogLineHoldsAPlainNumber(CapturedOutput output) throws IOException {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        List<String> secrets = new ArrayList<>();

        String illness = "罕见病" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        RegistrationForm entered = SampleRegistrations.valid();
        entered.setHardshipReason("配偶患" + illness + "，长期住院");
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        var created = api.post("/api/registrations", entered);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().toString()).as("the API answers masked")
                .doesNotContain(entered.getIdNumber()).doesNotContain(entered.getBankCardNumber());
        documents.upload(accounts.principalOf(unit.accountId()), id, "ID_AND_BANK_CARD", "证件.pdf",
                ("%PDF-1.4\n% " + entered.getIdNumber() + " " + entered.getBankCardNumber() + "\n%%EOF")
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat(api.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        secrets.addAll(List.of(entered.getIdNumber(), entered.getBankCardNumber(), illness));

        EngineRest party = new EngineRest(port, fixtures.newPartyReviewer(unit.unitCode()), Fixtures.PASSWORD);
        String reference = created.body().get("reference").asText();
        assertThat(party.submitForm(party.task(reference).get("id").asText(),
                Map.of("partyDecision", "APPROVE", "partyComment", "同意")).status()).isEqualTo(204);

        for (Registration paid : journeys.awaitingPayout(unit, 2)) {
            secrets.add(paid.getIdNumber());
            secrets.add(paid.getBankCardNumber());
        }
        AccountPrincipal finance = accounts.principalOf("finance");
        PayoutBatch batch = batches.build(finance, fixtures.openCampaign().getId());
        assertThat(batches.bankFile(finance, batch.getId()).content()).isNotEmpty();
        for (Payment payment : batches.payments(batch.getId())) {
            batches.mark(finance, payment.getId(), true, "");
        }

        List<String> findings = new ArrayList<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", String.class)) {
            findings.addAll(search(table, secrets));
        }
        assertThat(findings).as("plain personal numbers in the database").isEmpty();

        try (Stream<Path> files = Files.walk(documentStore)) {
            List<Path> stored = files.filter(Files::isRegularFile).toList();
            assertThat(stored).isNotEmpty();
            for (Path file : stored) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as("stored upload %s", file.getFileName())
                        .doesNotContain("%PDF").doesNotContain(entered.getIdNumber());
            }
        }

        for (String secret : secrets) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
        }
    }

    private List<String> search(String table, List<String> secrets) {
        List<String> findings = new ArrayList<>();
        jdbc.query("SELECT * FROM `" + table + "`", row -> {
            ResultSetMetaData columns = row.getMetaData();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                Object value = row.getObject(column);
                String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                        : value instanceof java.sql.Blob blob ? new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.ISO_8859_1)
                        : String.valueOf(value);
                for (String secret : secrets) {
                    if (text.contains(secret) || text.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        findings.add(table + "." + columns.getColumnName(column) + " holds " + secret);
                    }
                }
            }
        });
        return findings;
    }
}
