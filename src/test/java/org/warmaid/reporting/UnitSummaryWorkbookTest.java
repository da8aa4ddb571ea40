package org.warmaid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class UnitSummaryWorkbookTest {

    @Test
    void containsTitleUnitRowsTheAidATotalOfPeopleAndAmountTheNotesAndTheSealBlock() throws IOException {
        List<SummaryRow> rows = SampleRows.of(5);
        try (XSSFWorkbook workbook = written(rows)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as("the forms' year of the campaign")
                    .isEqualTo("《2026年困难职工情况汇总表》");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位（盖章）：省交通运输厅");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("生成时间：2026年12月01日 09:30　一式二份");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("身份证号码");
            assertThat(sheet.getRow(2).getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getStringCellValue()).isEqualTo("资助金额（元）");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).as("full number on the paper copy").isEqualTo("220102198001010011");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("2027-U001-0005");
            assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).startsWith("妻子患尿毒症");
            assertThat(sheet.getRow(3).getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(sheet.getRow(6).getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getCellStyle().getDataFormatString())
                    .as("a suggested amount says so").contains("（建议）");

            var totals = sheet.getRow(8);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(totals.getCell(1).getStringCellValue()).as("people: one per registration").isEqualTo("5 人");
            assertThat(totals.getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getNumericCellValue())
                    .isEqualTo(rows.stream().mapToDouble(r -> r.amount().doubleValue()).sum());
            assertThat(totals.getCell(7).getStringCellValue()).as("no sum of household incomes").isEmpty();
            assertThat(totals.getCell(6).getStringCellValue()).as("no sum of household sizes").isEmpty();

            assertThat(sheet.getRow(10).getCell(0).getStringCellValue()).startsWith("说明：本表列出本单位已上报的职工");
            assertThat(sheet.getRow(11).getCell(0).getStringCellValue()).contains("一式二份", "12月30日至12月31日",
                    "省直机关工会工委612室");
            var seals = sheet.getRow(13);
            assertThat(seals.getCell(0).getStringCellValue()).isEqualTo("单位工会（盖章）：");
            assertThat(seals.getCell(6).getStringCellValue()).isEqualTo("党委审核（盖章）：");
            assertThat(seals.getCell(11).getStringCellValue()).startsWith("日期：");
        }
    }

    @Test
    void everyRowIsAsTallAsItsWrappedText() throws IOException {
        try (XSSFWorkbook workbook = written(SampleRows.of(6))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            float plain = sheet.getRow(3).getHeightInPoints();
            float longReason = sheet.getRow(5).getHeightInPoints();
            assertThat(plain).as("a short reason: two lines").isGreaterThanOrEqualTo(CellLines.heightInPoints(2, 10));
            assertThat(longReason).as("150 characters in the reason column take many lines")
                    .isGreaterThanOrEqualTo(CellLines.heightInPoints(CellLines.lines(SampleRows.LONG_REASON, 25, 10), 10));
            assertThat(sheet.getRow(5).getCTRow().getCustomHeight()).as("stored, so that Excel uses it").isTrue();
        }
    }

    @Test
    void printsOnA4LandscapeOnePageWideWithTitleRowsOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = written(SampleRows.of(3))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.isPrintGridlines()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:3");
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
            for (int column = 0; column < UnitSummaryWorkbook.HEADERS.length; column++) {
                assertThat(sheet.getColumnWidth(column)).as("column %d fits Chinese text", column)
                        .isGreaterThanOrEqualTo(UnitSummaryWorkbook.HEADERS[column].length() * 256);
            }
        }
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook workbook = written(SampleRows.of(3))) {
            var cell = workbook.getSheetAt(0).getRow(4).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    static XSSFWorkbook written(List<SummaryRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnitSummaryWorkbook.write(new UnitSummaryWorkbook.Heading(2026, "省交通运输厅", LocalDateTime.of(2026, 12, 1, 9, 30),
                "本表A4打印一式二份，经同级党委部门审核并每页加盖工会公章，务必于12月30日至12月31日报送到省直机关工会工委612室。"),
                rows, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
