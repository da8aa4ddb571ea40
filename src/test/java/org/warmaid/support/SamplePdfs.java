package org.warmaid.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** PDFs for the in-place viewer's tests: several pages of a given size, and a damaged one. */
public final class SamplePdfs {

    private SamplePdfs() {
    }

    public static byte[] pages(int count, PDRectangle size) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage(size));
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts as a PDF and is none. */
    public static byte[] damaged() {
        return "%PDF-1.7\nthis file was cut off in the middle of its first obj".getBytes(StandardCharsets.US_ASCII);
    }
}
