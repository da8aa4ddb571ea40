package org.warmaid.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.warmaid.support.SampleFiles;
import org.warmaid.support.SamplePdfs;

class PdfPagesTest {

    private final PdfPages pages = new PdfPages();

    @Test
    void anA4PageBecomesAnImageReadableAtAbout150Dpi() throws IOException {
        byte[] pdf = SamplePdfs.pages(3, PDRectangle.A4);

        assertThat(pages.count(pdf)).isEqualTo(3);
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(pages.page(pdf, 2)));
        assertThat(page.getWidth()).isEqualTo(1240);
        assertThat(page.getHeight()).isBetween(1750, 1756);
    }

    @Test
    void aHandWrittenPdfIsRendered() throws IOException {
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(pages.page(SampleFiles.pdf(), 1)));

        assertThat(page.getWidth()).isEqualTo(1240);
    }

    @Test
    void aPageClaimingAHugeSizeIsRenderedNoLargerThanTwoA4Pages() throws IOException {
        byte[] pdf = SamplePdfs.pages(1, new PDRectangle(14_400, 14_400));

        BufferedImage page = ImageIO.read(new ByteArrayInputStream(pages.page(pdf, 1)));

        assertThat((long) page.getWidth() * page.getHeight()).isLessThanOrEqualTo(1240L * 1754 * 2 + 4000);
    }

    @Test
    void pagesItDoesNotHaveOrBeyondTheLimitAreRefusedWithTheirNumber() {
        byte[] pdf = SamplePdfs.pages(PdfPages.MAX_PAGES + 1, PDRectangle.A6);

        assertThat(pages.count(pdf)).isEqualTo(PdfPages.MAX_PAGES + 1);
        assertThatThrownBy(() -> pages.page(pdf, 0)).isInstanceOf(PdfPages.NoSuchPage.class);
        assertThatThrownBy(() -> pages.page(pdf, PdfPages.MAX_PAGES + 1)).isInstanceOf(PdfPages.NoSuchPage.class)
                .hasMessageContaining("没有第 " + (PdfPages.MAX_PAGES + 1) + " 页").hasMessageContaining("请下载查看");
    }

    @Test
    void aDamagedPdfIsRefusedWithAMessageInChinese() {
        assertThatThrownBy(() -> pages.count(SamplePdfs.damaged())).isInstanceOf(PdfPages.UnreadablePdf.class)
                .hasMessageContaining("无法在此显示");
        assertThatThrownBy(() -> pages.page(SamplePdfs.damaged(), 1)).isInstanceOf(PdfPages.UnreadablePdf.class);
    }
}
