package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.support.ApiClient;
import org.warmaid.support.CorpusTally;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.HostileValues;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.Multipart;
import org.warmaid.support.PageAnswers;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.StoredRows;

/**
 * Supporting-document uploads in the portal under bad input: a file over the 10 MB limit, disguised
 * files (a Windows program and an HTML page named .pdf/.jpg, a PDF sent as image/jpeg), a zero-byte
 * file, file names with path traversal, 10 000 characters, control characters and emoji, the file
 * part missing or under another name, every hostile value as the document type, hostile registration
 * ids (another unit's, letters, overflow), and malformed requests: multipart without a boundary, with
 * the wrong boundary, cut off, empty, and other content types. Asserted: no 5xx; a refusal goes back
 * to the registration with a Chinese message (or the Chinese error page for an unreadable request);
 * a refused upload stores nothing, neither a row nor a file in the documents folder; an accepted file
 * is stored under a clean name of its real type; the registration itself never changes.
 */
@MariaDbIntegrationTest
class UploadCorpusIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = concat(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, new byte[200]);
    private static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    private static final Path DOCUMENTS = Path.of("target/test-documents");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private PortalSession portal;
    private String token;
    private long id;
    private CorpusTally tally;

    @Test
    void everyBadUploadIsRefusedCleanlyAndStoresNothing() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        id = new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", SampleRegistrations.valid())
                .body().get("id").asLong();
        UnitLogin other = fixtures.newUnit();
        long theirs = new ApiClient(port, other.accountId(), other.password())
                .post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        Map<String, Object> registration = StoredRows.registration(jdbc, id);
        portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        token = portal.csrfToken();
        tally = new CorpusTally("bad input, document uploads");
        int accepted = 0;

        refused(file("ID_AND_BANK_CARD", "big.pdf", "application/pdf", concat(PDF, new byte[10 * 1024 * 1024])), "过大", "oversized");
        refused(file("ID_AND_BANK_CARD", "setup.pdf", "application/pdf", EXE), "只能上传 PDF、JPG 或 PNG", "exe as .pdf");
        refused(file("ID_AND_BANK_CARD", "photo.jpg", "image/jpeg", HTML), "只能上传 PDF、JPG 或 PNG", "html as .jpg");
        refused(file("ID_AND_BANK_CARD", "empty.pdf", "application/pdf", new byte[0]), "文件不能为空", "zero bytes");
        refused(new Multipart().field("_csrf", token).field("documentType", "ID_AND_BANK_CARD"), "文件不能为空", "no file part");
        refused(new Multipart().field("_csrf", token).field("documentType", "ID_AND_BANK_CARD")
                .file("upload", "a.pdf", "application/pdf", PDF), "文件不能为空", "file under another part name");
        for (String type : HostileValues.text()) {
            Multipart body = new Multipart().field("_csrf", token);
            if (type != null) {
                body.field("documentType", type);
            }
            refused(body.file("file", "a.pdf", "application/pdf", PDF), "请选择材料类别", "documentType=" + HostileValues.brief(type));
        }

        // a name beyond the container's limit for a part's headers makes the request unreadable as a whole
        refused(file("ID_AND_BANK_CARD", "x".repeat(10_000) + ".pdf", "application/pdf", PDF), "过大", "10 000-character name");
        for (String name : List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "长".repeat(60) + ".pdf", "n".repeat(150) + ".pdf",
                "a\u0000b\u0007c.pdf", "😀证件😀.jpg", "<img src=x onerror=alert(1)>.pdf")) {
            long documentsBefore = documentRows();
            int filesBefore = storedFiles();
            HttpResponse<String> answer = upload(file("ID_AND_BANK_CARD", name, "image/jpeg", PDF), "name " + HostileValues.brief(name));
            if (answer.statusCode() == 400) {
                // control characters in a part's header make the whole request unreadable to the container
                assertThat(answer.body()).contains("上传内容无法读取");
                assertThat(documentRows()).isEqualTo(documentsBefore);
                assertThat(storedFiles()).isEqualTo(filesBefore);
                continue;
            }
            assertThat(answer.statusCode()).as("a PDF under a strange name and type is accepted").isEqualTo(302);
            assertThat(portal.get("/portal/registrations/" + id).body()).contains("已上传");
            accepted++;
            assertThat(documentRows()).isEqualTo(documentsBefore + 1);
            assertThat(storedFiles()).isEqualTo(filesBefore + 1);
            String stored = jdbc.queryForObject("select original_name from supporting_document where registration_id = ? order by id desc limit 1",
                    String.class, id);
            assertThat(stored).as("stored name of %s", HostileValues.brief(name)).endsWith(".pdf").doesNotContain("/", "\\", "..", "<")
                    .hasSizeLessThanOrEqualTo(84).matches("[\\p{L}\\p{N} _-]+\\.pdf");
        }
        assertThat(accepted).as("the names with a path and the long ones are accepted, made clean").isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from supporting_document where registration_id = ? and content_type <> 'application/pdf'",
                Integer.class, id)).as("the type comes from the content, not the name or the declared type").isZero();

        for (String bad : List.of(String.valueOf(theirs), "abc", "99999999999999999999", "-1", "0")) {
            long documentsBefore = documentRows();
            HttpResponse<String> answer = send("/portal/registrations/" + bad + "/documents",
                    file("ID_AND_BANK_CARD", "a.pdf", "application/pdf", PDF).contentType(), file("ID_AND_BANK_CARD", "a.pdf",
                            "application/pdf", PDF).bytes(), "registration " + bad);
            assertThat(answer.statusCode()).as("upload to registration %s", bad).isIn(302, 400, 403, 404);
            assertThat(documentRows()).isEqualTo(documentsBefore);
        }

        byte[] valid = file("ID_AND_BANK_CARD", "a.pdf", "application/pdf", PDF).bytes();
        malformed("multipart/form-data", valid, "no boundary");
        malformed("multipart/form-data; boundary=", valid, "empty boundary");
        malformed("multipart/form-data; boundary=not-the-one-used", valid, "wrong boundary");
        malformed(file("ID_AND_BANK_CARD", "a.pdf", "application/pdf", PDF).contentType(), Arrays.copyOf(valid, valid.length / 2), "cut off");
        malformed(file("ID_AND_BANK_CARD", "a.pdf", "application/pdf", PDF).contentType(), new byte[0], "empty body");
        malformed("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-"
                .getBytes(StandardCharsets.UTF_8), "no closing boundary");
        for (String type : List.of("text/plain", "application/json", "application/x-www-form-urlencoded", "application/pdf")) {
            malformed(type, PDF, "content type " + type);
        }

        Map<String, Object> after = StoredRows.registration(jdbc, id);
        assertThat(after.get("edited_at")).as("an accepted upload is the unit acting on its registration")
                .isNotEqualTo(registration.get("edited_at"));
        after.remove("edited_at");
        registration.remove("edited_at");
        assertThat(after).as("the registration itself otherwise unchanged").isEqualTo(registration);
        assertThat(tally.byStatus().keySet()).allMatch(status -> status < 500);
        tally.print(accepted + " PDFs under hostile names/types accepted and stored under clean names; every refused upload stored no row and no file; the registration unchanged");
    }

    private Multipart file(String type, String name, String contentType, byte[] content) {
        return new Multipart().field("_csrf", token).field("documentType", type).file("file", name, contentType, content);
    }

    /** Refused: back to the registration with the message; no row, no file. */
    private void refused(Multipart body, String message, String what) {
        long documentsBefore = documentRows();
        int filesBefore = storedFiles();
        HttpResponse<String> answer = upload(body, what);
        assertThat(answer.statusCode()).as(what).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "");
        assertThat(location).as(what).isEqualTo("/portal/registrations/" + id);
        HttpResponse<String> page = portal.get(location);
        PageAnswers.assertDecent(page, what + " → " + location);
        assertThat(page.body()).as(what).contains(message);
        assertThat(documentRows()).as("%s stores no row", what).isEqualTo(documentsBefore);
        assertThat(storedFiles()).as("%s stores no file", what).isEqualTo(filesBefore);
    }

    /** Unreadable as an upload: a 4xx page in Chinese, or back to the form with the message; nothing stored. */
    private void malformed(String contentType, byte[] body, String what) {
        long documentsBefore = documentRows();
        int filesBefore = storedFiles();
        HttpResponse<String> answer = send("/portal/registrations/" + id + "/documents", contentType, body, what);
        if (answer.statusCode() == 302) {
            HttpResponse<String> page = portal.get("/portal/registrations/" + id);
            assertThat(page.body()).as(what).contains("alert-error").doesNotContain("已上传");
        } else {
            assertThat(answer.statusCode()).as(what).isEqualTo(400);
            assertThat(answer.body()).as(what).contains("上传内容无法读取");
        }
        assertThat(documentRows()).as("%s stores no row", what).isEqualTo(documentsBefore);
        assertThat(storedFiles()).as("%s stores no file", what).isEqualTo(filesBefore);
    }

    private HttpResponse<String> upload(Multipart body, String what) {
        return send("/portal/registrations/" + id + "/documents", body.contentType(), body.bytes(), what);
    }

    private HttpResponse<String> send(String path, String contentType, byte[] body, String what) {
        Http http = portal.http();
        HttpResponse<String> answer = http.send(http.request(path).header("Content-Type", contentType)
                .header("X-CSRF-TOKEN", token).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Referer", "http://localhost:" + port + "/portal/registrations/" + id)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        tally.record(answer.statusCode());
        PageAnswers.assertDecent(answer, what);
        return answer;
    }

    private long documentRows() {
        return jdbc.queryForObject("select count(*) from supporting_document where registration_id = ?", Long.class, id);
    }

    private static int storedFiles() {
        if (!Files.isDirectory(DOCUMENTS)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(DOCUMENTS)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
