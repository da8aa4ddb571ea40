package org.warmaid.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The provincial all-units workbook: an overview sheet (per unit: counts by stage and by hardship
 * type, amounts approved and paid) whose every figure is a formula over the unit's own sheet, so
 * the overview and the rows cannot disagree; then one sheet per unit. Streamed (SXSSF).
 */
final class AllUnitsWorkbook implements AutoCloseable {

    static final String[] UNIT_HEADERS = {"序号", "登记编号", "姓名", "身份证号码", "所在单位及职务", "家庭人口数",
            "家庭月收入（元）", "困难类型", "送温暖对象", "状态", "审定金额（元）", "已发放金额（元）", "已上报"};
    static final String[] STAGES = {"待上报", "已退回修改", "党委审核中", "工委审核中", "入户走访中", "佐证材料审核中",
            "待发放", "发放失败待处理", "已发放", "发放已取消", "审核未通过", "佐证材料不合格", "截止时登记不完整，视为放弃"};
    static final String[] HARDSHIP_TYPES = {"单亲女职工", "低收入", "大重病", "灾害", "其它"};
    private static final int FIRST_DATA_ROW = 2;

    /** One worker's line on the unit's sheet. */
    record UnitRow(String reference, String name, String maskedIdNumber, String unitAndPosition, int householdSize,
            BigDecimal monthlyIncome, String hardshipTypes, String aidCategory, String stage, BigDecimal approved,
            BigDecimal paid, boolean submitted) {
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet overview;
    private final Map<String, UnitSheet> sheets = new LinkedHashMap<>();
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle bold;

    private static final class UnitSheet {
        final String code;
        final String name;
        final SXSSFSheet sheet;
        int nextRow = FIRST_DATA_ROW;

        UnitSheet(String code, String name, SXSSFSheet sheet) {
            this.code = code;
            this.name = name;
            this.sheet = sheet;
        }
    }

    AllUnitsWorkbook(String title) {
        Font font = workbook.createFont();
        font.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(font);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        overview = workbook.createSheet("总览");
        Row titleRow = overview.createRow(0);
        text(titleRow, 0, title, bold);
        landscape(overview);
    }

    /** The units in the order their sheets should appear, before any row is added. */
    void addUnit(String code, String name) {
        String sheetName = WorkbookUtil.createSafeSheetName(code + " " + name);
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        Row title = sheet.createRow(0);
        text(title, 0, name + "（" + code + "）困难职工登记", bold);
        Row headers = sheet.createRow(1);
        for (int column = 0; column < UNIT_HEADERS.length; column++) {
            text(headers, column, UNIT_HEADERS[column], header);
        }
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(3, 21 * 256);
        sheet.setColumnWidth(4, 22 * 256);
        sheet.setColumnWidth(7, 16 * 256);
        sheet.setColumnWidth(9, 14 * 256);
        sheet.setRepeatingRows(new CellRangeAddress(0, 1, 0, UNIT_HEADERS.length - 1));
        landscape(sheet);
        sheets.put(code, new UnitSheet(code, name, sheet));
    }

    void addRow(String unitCode, UnitRow r) {
        UnitSheet unit = sheets.get(unitCode);
        int index = unit.nextRow++;
        Row row = unit.sheet.createRow(index);
        row.createCell(0).setCellValue(index - FIRST_DATA_ROW + 1);
        text(row, 1, r.reference(), null);
        text(row, 2, r.name(), null);
        text(row, 3, r.maskedIdNumber(), null);
        text(row, 4, r.unitAndPosition(), null);
        row.createCell(5).setCellValue(r.householdSize());
        amount(row, 6, r.monthlyIncome());
        text(row, 7, r.hardshipTypes(), null);
        text(row, 8, r.aidCategory(), null);
        text(row, 9, r.stage(), null);
        amount(row, 10, r.approved());
        amount(row, 11, r.paid());
        text(row, 12, r.submitted() ? "是" : "否", null);
    }

    void write(OutputStream out) throws IOException {
        writeOverview();
        workbook.setForceFormulaRecalculation(true);
        workbook.write(out);
    }

    private void writeOverview() {
        List<String> headers = new java.util.ArrayList<>(List.of("单位代码", "单位名称", "登记人数", "已上报"));
        headers.addAll(List.of(STAGES));
        for (String type : HARDSHIP_TYPES) {
            headers.add("困难类型：" + type);
        }
        headers.add("审定金额（元）");
        headers.add("已发放金额（元）");
        Row head = overview.createRow(1);
        head.setHeightInPoints(45);
        for (int column = 0; column < headers.size(); column++) {
            text(head, column, headers.get(column), header);
            overview.setColumnWidth(column, (column == 1 ? 20 : 9) * 256);
        }
        int index = 2;
        for (UnitSheet unit : sheets.values()) {
            Row row = overview.createRow(index++);
            text(row, 0, unit.code, null);
            text(row, 1, unit.name, null);
            String name = "'" + unit.sheet.getSheetName().replace("'", "''") + "'!";
            int last = Math.max(unit.nextRow, FIRST_DATA_ROW + 1);
            int column = 2;
            formula(row, column++, "COUNTA(" + range(name, "B", last) + ")", null);
            formula(row, column++, "COUNTIF(" + range(name, "M", last) + ",\"是\")", null);
            for (String stage : STAGES) {
                formula(row, column++, "COUNTIF(" + range(name, "J", last) + ",\"" + stage + "\")", null);
            }
            for (String type : HARDSHIP_TYPES) {
                formula(row, column++, "COUNTIF(" + range(name, "H", last) + ",\"*" + type + "*\")", null);
            }
            formula(row, column++, "SUM(" + range(name, "K", last) + ")", money);
            formula(row, column, "SUM(" + range(name, "L", last) + ")", money);
        }
        Row totals = overview.createRow(index);
        text(totals, 1, "合计", bold);
        for (int column = 2; column < headers.size(); column++) {
            String letter = CellReference.convertNumToColString(column);
            formula(totals, column, "SUM(" + letter + "3:" + letter + index + ")",
                    column >= headers.size() - 2 ? money : bold);
        }
        overview.createFreezePane(2, 2);
    }

    private static String range(String sheet, String column, int lastRow) {
        return sheet + "$" + column + "$" + (FIRST_DATA_ROW + 1) + ":$" + column + "$" + lastRow;
    }

    private static void landscape(SXSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getFooter().setCenter("第 &P 页 / 共 &N 页");
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void amount(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(money);
    }

    private static void formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
