package org.warmaid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed summary as the unit will print it: LibreOffice (headless) turns the workbook into a
 * PDF, which must be A4 landscape and one page wide — every page carries the whole width of the
 * table (first and last column) and the repeated title rows.
 */
class UnitSummaryPdfIT {

    @TempDir
    Path folder;

    @Test
    void printsOnePageWideOnA4Landscape() throws Exception {
        Path workbook = folder.resolve("summary.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            UnitSummaryWorkbook.write(2027, "省交通运输厅", LocalDateTime.of(2026, 12, 1, 9, 30), SampleRows.of(200), out);
        }
        Path pdf = convertToPdf(workbook);
        Files.copy(pdf, Path.of("target/unit-summary-sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("200 rows need more than one page").isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDPage pdfPage = document.getPage(page - 1);
                float width = pdfPage.getMediaBox().getWidth();
                float height = pdfPage.getMediaBox().getHeight();
                assertThat(width).as("landscape").isGreaterThan(height);
                assertThat(Math.round(width)).as("A4 width in points").isBetween(840, 843);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d has the first and the last column", page).contains("序号", "状态");
                assertThat(text).as("title rows repeated on page %d", page).contains("困难职工情况汇总表");
            }
        }
    }

    private Path convertToPdf(Path workbook) throws IOException, InterruptedException {
        Path profile = folder.resolve("lo-profile");
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", folder.toString(), workbook.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished: " + output).isTrue();
        Path pdf = folder.resolve("summary.pdf");
        assertThat(pdf).as("LibreOffice (soffice) must be installed; .ci/run installs it. Output: " + output).exists();
        return pdf;
    }
}
