package org.warmaid.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * A PDF's pages as images, so that a reviewer reads a document in place inside Tasklist: the
 * webapps' Content-Security-Policy sandboxes their pages, and a browser does not run its PDF viewer
 * in a sandboxed frame, while images show. Rendering on the server also means no PDF's scripts or
 * forms ever run in a reviewer's browser. Only the first {@value #MAX_PAGES} pages are shown; the
 * download has them all.
 */
@Component
class PdfPages {

    static final int MAX_PAGES = 30;

    /** About 150 dpi for an A4 page: small print stays readable. */
    private static final float WIDTH_PIXELS = 1240f;

    /** No page image larger than two A4 pages at that width, whatever size the page claims to be. */
    private static final float MAX_PIXELS = 1240f * 1754f * 2f;

    /** How many pages the document has. */
    int count(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UnreadablePdf(e);
        }
    }

    /** The page (1 for the first) as a PNG image. */
    byte[] page(byte[] pdf, int number) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (number < 1 || number > Math.min(document.getNumberOfPages(), MAX_PAGES)) {
                throw new NoSuchPage(number);
            }
            PDRectangle box = document.getPage(number - 1).getCropBox();
            float scale = WIDTH_PIXELS / Math.max(box.getWidth(), 1f);
            float pixels = box.getWidth() * box.getHeight() * scale * scale;
            if (pixels > MAX_PIXELS) {
                scale *= (float) Math.sqrt(MAX_PIXELS / pixels);
            }
            BufferedImage image = new PDFRenderer(document).renderImage(number - 1, scale, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UnreadablePdf(e);
        }
    }

    /** The file is not a PDF this renderer can read (damaged, or encrypted with a password). */
    static class UnreadablePdf extends RuntimeException {

        UnreadablePdf(Throwable cause) {
            super("该PDF文件无法在此显示（文件可能已损坏或设有密码），请下载后查看。", cause);
        }
    }

    /** A document that is not a PDF (a photo or a scan as an image): it is shown as it is, without pages. */
    static class NotAPdf extends RuntimeException {

        NotAPdf() {
            super("该材料是图片，不是PDF文件，没有分页，请直接查看或下载。");
        }
    }

    /** A page number the document does not have, or beyond the pages shown in place. */
    static class NoSuchPage extends RuntimeException {

        NoSuchPage(int number) {
            super("该材料没有第 " + number + " 页（在此最多显示前 " + MAX_PAGES + " 页，全部内容请下载查看）。");
        }
    }
}
