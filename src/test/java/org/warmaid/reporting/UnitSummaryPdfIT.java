package org.warmaid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed summary as the unit will print it: LibreOffice (headless) turns the workbook into a
 * PDF, which must be A4 landscape and one page wide — every page carries the whole width of the
 * table (first and last column) and the repeated title rows — and in which every row is as tall as
 * its wrapped text: the first and the last line of a 150-character reason lie between the same two
 * ruled lines of the table as the row's reference number, so no text runs into another row.
 */
class UnitSummaryPdfIT {

    @TempDir
    Path folder;

    @Test
    void printsOnePageWideOnA4LandscapeWithRowsAsTallAsTheirText() throws Exception {
        Path workbook = folder.resolve("summary.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            UnitSummaryWorkbook.write(new UnitSummaryWorkbook.Heading(2019, "省交通运输厅", LocalDateTime.of(2026, 12, 1, 9, 30),
                    "本表A4打印一式二份，经同级党委部门审核并每页加盖工会公章，务必于12月30日至12月31日报送到省直机关工会工委612室。"),
                    SampleRows.of(60), out);
        }
        Path pdf = convertToPdf(workbook);
        Files.copy(pdf, Path.of("target/unit-summary-sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("60 rows need more than one page").isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            int rowsChecked = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDPage pdfPage = document.getPage(page - 1);
                float width = pdfPage.getMediaBox().getWidth();
                float height = pdfPage.getMediaBox().getHeight();
                assertThat(width).as("landscape").isGreaterThan(height);
                assertThat(Math.round(width)).as("A4 width in points").isBetween(840, 843);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d has the first and the last column", page).contains("序号", "资助金额");
                assertThat(text).as("title rows repeated on page %d", page).contains("2019年困难职工情况汇总表");

                Texts texts = Texts.of(document, page);
                List<Float> rules = RuledLines.of(pdfPage);
                for (int row = 3; row <= 60; row += 3) {
                    List<TextPosition> start = texts.find("第" + row + "户起");
                    List<TextPosition> end = texts.find("第" + row + "户完");
                    List<TextPosition> reference = texts.find("2027-U001-%04d".formatted(row));
                    if (start.isEmpty() || end.isEmpty() || reference.isEmpty()) {
                        continue;
                    }
                    int band = band(rules, reference.get(0));
                    assertThat(band(rules, start.get(0))).as("first line of row %d's reason on page %d", row, page).isEqualTo(band);
                    assertThat(band(rules, end.get(end.size() - 1))).as("last line of row %d's reason on page %d", row, page)
                            .isEqualTo(band);
                    rowsChecked++;
                }
                if (page == document.getNumberOfPages()) {
                    assertThat(text).contains("合计", "60 人", "一式二份", "612室", "单位工会（盖章）");
                }
            }
            assertThat(rowsChecked).as("rows with a long reason found and checked").isGreaterThanOrEqualTo(15);
        }
    }

    /** Which band between two ruled lines of the page holds the character (-1: outside the table). */
    private static int band(List<Float> rules, TextPosition character) {
        float middle = character.getYDirAdj() - character.getHeightDir() / 2;
        for (int i = 0; i + 1 < rules.size(); i++) {
            if (middle > rules.get(i) && middle < rules.get(i + 1)) {
                return i;
            }
        }
        return -1;
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

    /** The characters of one page with their positions (y from the top of the page). */
    private static final class Texts extends PDFTextStripper {

        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();

        static Texts of(PDDocument document, int page) throws IOException {
            Texts texts = new Texts();
            texts.setStartPage(page);
            texts.setEndPage(page);
            texts.getText(document);
            return texts;
        }

        @Override
        protected void writeString(String string, List<TextPosition> characters) {
            for (TextPosition character : characters) {
                text.append(character.getUnicode());
                for (int i = 0; i < character.getUnicode().length(); i++) {
                    positions.add(character);
                }
            }
        }

        List<TextPosition> find(String wanted) {
            int at = text.indexOf(wanted);
            return at < 0 ? List.of() : positions.subList(at, at + wanted.length());
        }
    }

    /** The y positions (from the top of the page) of the horizontal lines drawn on a page: the table's rules. */
    private static final class RuledLines extends PDFGraphicsStreamEngine {

        private final TreeSet<Float> ys = new TreeSet<>();
        private final float pageHeight;
        private Point2D current;
        private final List<float[]> segments = new ArrayList<>();

        private RuledLines(PDPage page) {
            super(page);
            this.pageHeight = page.getMediaBox().getHeight();
        }

        static List<Float> of(PDPage page) throws IOException {
            RuledLines lines = new RuledLines(page);
            lines.processPage(page);
            List<Float> merged = new ArrayList<>();
            for (float y : lines.ys) {
                if (merged.isEmpty() || y - merged.get(merged.size() - 1) > 1.5f) {
                    merged.add(y);
                }
            }
            return merged;
        }

        private void horizontal(double x1, double y1, double x2, double y2) {
            if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > 5) {
                ys.add((float) (pageHeight - y1));
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double height = Math.abs(p0.getY() - p2.getY());
            double width = Math.abs(p0.getX() - p2.getX());
            if (height < 2 && width > 5) {
                ys.add((float) (pageHeight - (p0.getY() + p2.getY()) / 2));
            } else if (height >= 2) {
                horizontal(p0.getX(), p0.getY(), p1.getX(), p1.getY());
                horizontal(p2.getX(), p2.getY(), p3.getX(), p3.getY());
            }
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (current != null) {
                segments.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
            }
            current = new Point2D.Float(x, y);
        }

        @Override
        public void strokePath() {
            segments.forEach(s -> horizontal(s[0], s[1], s[2], s[3]));
            segments.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            segments.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void endPath() {
            segments.clear();
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
