package org.warmaid.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
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
import org.warmaid.support.SamplePdfs;

/**
 * The reviewers' in-place viewer of a PDF: its page count and each page as an image, for whoever
 * may read the document and nobody else, every page read audited; anything else it is asked for is
 * answered with a message in Chinese, never a 500.
 */
@MariaDbIntegrationTest
class PdfViewerIT {

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

    Registration registration;
    Long pdf;
    Long picture;
    Long damaged;
    PortalSession reviewer;

    @BeforeEach
    void documents() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        var account = accounts.principalOf(unit.accountId());
        registration = registry.create(account, SampleRegistrations.valid());
        pdf = documents.upload(account, registration.getId(), "DIAGNOSIS", "诊断.pdf",
                SamplePdfs.pages(2, PDRectangle.A4)).getId();
        picture = documents.upload(account, registration.getId(), "ID_AND_BANK_CARD", "身份证.png", SampleFiles.png()).getId();
        damaged = documents.upload(account, registration.getId(), "OTHER", "其他.pdf", SamplePdfs.damaged()).getId();
        reviewer = PortalSession.staff(port, "reviewer", "demo");
    }

    @Test
    void aReviewerReadsEachPageOfAPdfAsAnImageAndEveryPageReadIsAudited() throws Exception {
        HttpResponse<String> count = reviewer.get("/review/documents/" + pdf + "/pages");
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).contains("\"pages\":2").contains("\"shown\":2");

        HttpResponse<byte[]> page = reviewer.http().sendBytes(reviewer.http().request("/review/documents/" + pdf + "/pages/2")
                .GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.body()));
        assertThat(image.getWidth()).isEqualTo(1240);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DOCUMENT_DOWNLOAD' "
                + "and outcome = 'SUCCESS' and actor = 'reviewer' and target_id = ?", Integer.class,
                registration.getReference())).isEqualTo(2);
    }

    @Test
    void whatIsNoPageOfAReadablePdfIsAnsweredInChinese() {
        HttpResponse<String> beyond = reviewer.get("/review/documents/" + pdf + "/pages/3");
        assertThat(beyond.statusCode()).isEqualTo(404);
        assertThat(beyond.body()).contains("该材料没有第 3 页");

        HttpResponse<String> notAPdf = reviewer.get("/review/documents/" + picture + "/pages");
        assertThat(notAPdf.statusCode()).isEqualTo(404);
        assertThat(notAPdf.body()).contains("该材料是图片，不是PDF文件");

        HttpResponse<String> broken = reviewer.get("/review/documents/" + damaged + "/pages");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("该PDF文件无法在此显示").contains("请下载后查看");

        HttpResponse<String> notANumber = reviewer.get("/review/documents/" + pdf + "/pages/first");
        assertThat(notANumber.statusCode()).isBetween(400, 404);
        assertThat(notANumber.body()).doesNotContain("Exception");
    }

    @Test
    void anotherUnitCannotReadThePages() {
        UnitLogin other = fixtures.newUnit();
        PortalSession otherUnit = PortalSession.unit(port, other.unitCode(), other.unionHead(), other.password());

        HttpResponse<String> refused = otherUnit.get("/review/documents/" + pdf + "/pages/1");

        assertThat(refused.statusCode()).isIn(403, 404);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).doesNotContain("image"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DOCUMENT_DOWNLOAD' "
                + "and outcome = 'SUCCESS' and target_id = ?", Integer.class, registration.getReference())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DOCUMENT_DOWNLOAD' "
                + "and outcome = 'REFUSED' and target_id = ?", Integer.class, registration.getReference())).isEqualTo(1);
    }
}
