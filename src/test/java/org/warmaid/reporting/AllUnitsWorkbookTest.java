package org.warmaid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AllUnitsWorkbookTest {

    @Test
    void theOverviewsFormulasAgreeWithTheUnitsRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AllUnitsWorkbook workbook = new AllUnitsWorkbook("全部单位")) {
            workbook.addUnit("U001", "省交通运输厅");
            workbook.addUnit("U002", "省卫生健康委员会");
            workbook.addUnit("U003", "省教育厅");
            workbook.addRow("U001", row("待上报", "低收入", null, null, false));
            workbook.addRow("U002", row("已发放", "低收入、大重病", "1000", "1000", true));
            workbook.addRow("U001", row("党委审核中", "大重病", null, null, true));
            workbook.addRow("U001", row("待发放", "单亲女职工、低收入", "800", null, true));
            workbook.addRow("U002", row("审核未通过", "灾害", null, null, true));
            workbook.write(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            FormulaEvaluator evaluator = read.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertThat(read.getSheetName(0)).isEqualTo("总览");
            assertThat(read.getSheetName(1)).isEqualTo("U001 省交通运输厅");
            XSSFSheet overview = read.getSheet("总览");
            List<String> headers = headers(overview.getRow(1));

            Row u001 = overview.getRow(2);
            assertThat(u001.getCell(1).getStringCellValue()).isEqualTo("省交通运输厅");
            assertThat(value(evaluator, u001, headers, "登记人数")).isEqualTo(3);
            assertThat(value(evaluator, u001, headers, "已上报")).isEqualTo(2);
            assertThat(value(evaluator, u001, headers, "待上报")).isEqualTo(1);
            assertThat(value(evaluator, u001, headers, "待发放")).isEqualTo(1);
            assertThat(value(evaluator, u001, headers, "困难类型：低收入")).isEqualTo(2);
            assertThat(value(evaluator, u001, headers, "困难类型：大重病")).isEqualTo(1);
            assertThat(value(evaluator, u001, headers, "审定金额（元）")).isEqualTo(800);
            assertThat(value(evaluator, u001, headers, "已发放金额（元）")).isZero();

            Row u002 = overview.getRow(3);
            assertThat(value(evaluator, u002, headers, "已发放")).isEqualTo(1);
            assertThat(value(evaluator, u002, headers, "审核未通过")).isEqualTo(1);
            assertThat(value(evaluator, u002, headers, "已发放金额（元）")).isEqualTo(1000);

            Row u003 = overview.getRow(4);
            assertThat(value(evaluator, u003, headers, "登记人数")).as("a unit without registrations shows 0").isZero();

            Row totals = overview.getRow(5);
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(value(evaluator, totals, headers, "登记人数")).isEqualTo(5);
            assertThat(value(evaluator, totals, headers, "审定金额（元）")).isEqualTo(1800);
            assertThat(value(evaluator, totals, headers, "已发放金额（元）")).isEqualTo(1000);

            XSSFSheet unitSheet = read.getSheet("U002 省卫生健康委员会");
            assertThat(unitSheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("220102********0012");
            assertThat(unitSheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    private static AllUnitsWorkbook.UnitRow row(String stage, String types, String approved, String paid, boolean submitted) {
        return new AllUnitsWorkbook.UnitRow("2027-U00X-0001", "职工", "220102********0012", "科员", 2,
                new BigDecimal("1000"), types, "2", stage, approved == null ? null : new BigDecimal(approved),
                paid == null ? null : new BigDecimal(paid), submitted);
    }

    private static List<String> headers(Row row) {
        List<String> headers = new java.util.ArrayList<>();
        row.forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static double value(FormulaEvaluator evaluator, Row row, List<String> headers, String header) {
        int column = headers.indexOf(header);
        assertThat(column).as(header).isNotNegative();
        return evaluator.evaluate(row.getCell(column)).getNumberValue();
    }
}
