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
    void containsTitleUnitRowsTotalsAndTheSealBlock() throws IOException {
        List<SummaryRow> rows = SampleRows.of(5);
        try (XSSFWorkbook workbook = written(rows)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("《2027年困难职工情况汇总表》");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位（盖章）：省交通运输厅");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("生成时间：2026年12月01日 09:30");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("身份证号码");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).as("full number on the paper copy").isEqualTo("220102198001010011");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("2027-U001-0005");
            assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).startsWith("妻子患尿毒症");

            var totals = sheet.getRow(8);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("5 人");
            assertThat(totals.getCell(6).getNumericCellValue())
                    .isEqualTo(rows.stream().mapToInt(SummaryRow::householdSize).sum());
            assertThat(totals.getCell(7).getNumericCellValue())
                    .isEqualTo(rows.stream().mapToDouble(r -> r.monthlyIncome().doubleValue()).sum());

            var seals = sheet.getRow(10);
            assertThat(seals.getCell(0).getStringCellValue()).isEqualTo("单位工会（盖章）：");
            assertThat(seals.getCell(6).getStringCellValue()).isEqualTo("党委审核（盖章）：");
            assertThat(seals.getCell(11).getStringCellValue()).startsWith("日期：");
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
        UnitSummaryWorkbook.write(2027, "省交通运输厅", LocalDateTime.of(2026, 12, 1, 9, 30), rows, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
